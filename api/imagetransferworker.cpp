#include "imagetransferworker.h"

#include "curltransfer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace {

struct Area
{
    qint64 offset = 0;
    qint64 length = 0;
    bool data = true; ///< false: zero (a hole locally, or a zero extent remotely)
};

// The file's data and hole areas from the file system (SEEK_DATA/SEEK_HOLE). A file system
// without them reports all of the file as data, which only costs speed.
std::vector<Area> localAreas(int fd, qint64 size)
{
    std::vector<Area> areas;
    qint64 pos = 0;
    while (pos < size) {
        off_t data = ::lseek(fd, pos, SEEK_DATA);
        if (data < 0) // ENXIO: only a hole up to the end
            data = size;
        if (data > pos)
            areas.push_back({ pos, data - pos, false });
        if (data >= size)
            break;
        off_t hole = ::lseek(fd, data, SEEK_HOLE);
        if (hole < 0 || hole > size)
            hole = size;
        areas.push_back({ data, hole - data, true });
        pos = hole;
    }
    return areas;
}

// Data areas in requests of at most chunk bytes; zero areas stay whole.
std::vector<Area> split(const std::vector<Area> &areas, qint64 chunk)
{
    std::vector<Area> out;
    for (const Area &a : areas) {
        if (!a.data) {
            out.push_back(a);
            continue;
        }
        for (qint64 off = a.offset; off < a.offset + a.length; off += chunk)
            out.push_back({ off, qMin(chunk, a.offset + a.length - off), true });
    }
    return out;
}

QStringList features(const CurlTransfer::Reply &options)
{
    QStringList list;
    if (!options.ok())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(options.body).object().value(QLatin1String("features")).toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

// A reply that stands for one not sent (405 to OPTIONS: an old server, no features).
CurlTransfer::Reply answered(int status)
{
    CurlTransfer::Reply reply;
    reply.status = status;
    return reply;
}

// Pauses between retries, cut short by a cancel.
bool pause(int ms, const std::atomic<bool> &cancel)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (cancel.load())
            return false;
        QThread::msleep(20);
    }
    return !cancel.load();
}

} // namespace

ImageTransferWorker::ImageTransferWorker(const Plan &plan, QObject *parent) : QObject(parent), m_plan(plan)
{
    qRegisterMetaType<ImageTransferWorker::Stats>();
}

ImageTransferWorker::~ImageTransferWorker()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImageTransferWorker::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void ImageTransferWorker::cancel()
{
    m_cancel = true;
}

bool ImageTransferWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImageTransferWorker::run()
{
    m_stats = Stats{};
    QString error;
    QElapsedTimer clock;
    clock.start();
    const bool ok = m_plan.upload ? runUpload(&error) : runDownload(&error);
    m_stats.elapsedMs = clock.elapsed();
    const bool cancelled = !ok && m_cancel.load();
    emit progress(m_stats.done, m_stats.total, m_stats.dataBytes);
    emit finished(ok, cancelled, cancelled ? tr("The transfer was cancelled.") : error, m_stats);
}

namespace {

// Sends one request again after a failure, as long as it is worth it (see the class comment).
// \a send gets how much of the area is already done and sends the rest.
class Retrier
{
public:
    Retrier(const ImageTransferWorker::Plan &plan, const std::atomic<bool> &cancel, ImageTransferWorker::Stats &stats,
            std::function<void(const QString &, int)> onRetry)
        : m_plan(plan), m_cancel(cancel), m_stats(stats), m_onRetry(std::move(onRetry))
    {
    }

    /// False with \a error when the request could not be completed.
    bool run(const std::function<CurlTransfer::Reply()> &send, const std::function<void(const CurlTransfer::Reply &)> &onFailure,
             QString *error)
    {
        for (int attempt = 0;; ++attempt) {
            const CurlTransfer::Reply reply = send();
            ++m_stats.requests;
            if (reply.ok())
                return true;
            if (reply.cancelled || m_cancel.load()) {
                *error = reply.text();
                return false;
            }
            onFailure(reply);
            if (!reply.retriable() || attempt >= m_plan.maxRetries) {
                *error = reply.text();
                return false;
            }
            ++m_stats.retries;
            m_onRetry(reply.text(), attempt + 1);
            if (!pause(m_plan.firstRetryPauseMs << qMin(attempt, 5), m_cancel)) {
                *error = reply.text();
                return false;
            }
        }
    }

private:
    const ImageTransferWorker::Plan &m_plan;
    const std::atomic<bool> &m_cancel;
    ImageTransferWorker::Stats &m_stats;
    std::function<void(const QString &, int)> m_onRetry;
};

} // namespace

bool ImageTransferWorker::runUpload(QString *error)
{
    const int fd = ::open(QFile::encodeName(m_plan.localPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("Cannot read %1: %2").arg(m_plan.localPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat st{};
    ::fstat(fd, &st);
    m_stats.total = st.st_size;
    // The kernel reads ahead for the PUT bodies.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    QElapsedTimer sinceProgress; // invalid until the first report, which goes out at once
    CurlTransfer http(m_plan.url, m_plan.caPem, &m_cancel, [&](qint64 n) {
        m_stats.done += n;
        m_stats.dataBytes += n;
        if (!sinceProgress.isValid() || sinceProgress.elapsed() >= 100) {
            sinceProgress.start();
            emit progress(m_stats.done, m_stats.total, m_stats.dataBytes);
        }
    });
    Retrier retrier(m_plan, m_cancel, m_stats, [this](const QString &why, int attempt) { emit retrying(why, attempt); });
    const auto forget = [this](const CurlTransfer::Reply &failed) { m_stats.done -= failed.bodyBytes; };

    bool ok = true;
    CurlTransfer::Reply options;
    ok = retrier.run([&] { options = http.options(); return options.status == 405 ? answered(200) : options; },
                     [](const CurlTransfer::Reply &) {}, error);
    const QStringList serverFeatures = features(options);
    const bool canZero = serverFeatures.contains(QLatin1String("zero"));
    const bool canFlush = serverFeatures.contains(QLatin1String("flush"));

    const std::vector<Area> areas = split(localAreas(fd, m_stats.total), m_plan.chunkBytes);
    for (size_t i = 0; ok && i < areas.size(); ++i) {
        const Area &a = areas[i];
        if (a.data || !canZero) {
            ok = retrier.run([&] { return http.put(a.data ? fd : -1, a.offset, a.length, false); }, forget, error);
        } else {
            ok = retrier.run([&] { return http.zero(a.offset, a.length); }, [](const CurlTransfer::Reply &) {}, error);
            if (ok) {
                m_stats.done += a.length;
                m_stats.zeroBytes += a.length;
            }
        }
    }
    if (ok && canFlush)
        ok = retrier.run([&] { return http.flush(); }, [](const CurlTransfer::Reply &) {}, error);
    ::close(fd);
    return ok;
}

bool ImageTransferWorker::runDownload(QString *error)
{
    const int fd = ::open(QFile::encodeName(m_plan.localPath).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = tr("Cannot write %1: %2").arg(m_plan.localPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    QElapsedTimer sinceProgress; // invalid until the first report, which goes out at once
    CurlTransfer http(m_plan.url, m_plan.caPem, &m_cancel, [&](qint64 n) {
        m_stats.done += n;
        m_stats.dataBytes += n;
        if (!sinceProgress.isValid() || sinceProgress.elapsed() >= 100) {
            sinceProgress.start();
            emit progress(m_stats.done, m_stats.total, m_stats.dataBytes);
        }
    });
    Retrier retrier(m_plan, m_cancel, m_stats, [this](const QString &why, int attempt) { emit retrying(why, attempt); });
    const auto none = [](const CurlTransfer::Reply &) {};

    CurlTransfer::Reply options;
    bool ok = retrier.run([&] { options = http.options(); return options.status == 405 ? answered(200) : options; },
                          none, error);
    std::vector<Area> areas;
    if (ok && features(options).contains(QLatin1String("extents"))) {
        CurlTransfer::Reply extents;
        ok = retrier.run([&] { extents = http.extents(); return extents; }, none, error);
        const QJsonArray list = QJsonDocument::fromJson(extents.body).array();
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            // toInteger, not toDouble: offsets past 2^53 would be rounded as doubles.
            areas.push_back({ e.value(QLatin1String("start")).toInteger(),
                              e.value(QLatin1String("length")).toInteger(),
                              !e.value(QLatin1String("zero")).toBool() });
        }
        if (ok && areas.empty() && !list.isEmpty()) {
            *error = tr("The image server's extents could not be read.");
            ok = false;
        }
    } else if (ok) {
        if (m_plan.size <= 0) {
            *error = tr("The image server cannot tell the image's size (no extents), and it is not known otherwise.");
            ok = false;
        }
        areas.push_back({ 0, m_plan.size, true });
    }
    for (const Area &a : areas)
        m_stats.total = qMax(m_stats.total, a.offset + a.length);
    // The whole size first: the zero extents stay holes, the data extents are written in place.
    if (ok && ::ftruncate(fd, m_stats.total) != 0) {
        *error = tr("Cannot write %1: %2").arg(m_plan.localPath, QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    const std::vector<Area> requests = split(areas, m_plan.chunkBytes);
    for (size_t i = 0; ok && i < requests.size(); ++i) {
        const Area &a = requests[i];
        if (!a.data) {
            m_stats.done += a.length;
            m_stats.zeroBytes += a.length;
            continue;
        }
        // After a broken GET only the rest of its range is asked for again.
        qint64 got = 0;
        ok = retrier.run([&] { return got >= a.length ? answered(206) : http.get(fd, a.offset + got, a.length - got); },
                         [&](const CurlTransfer::Reply &failed) { got += failed.status == 0 ? failed.bodyBytes : 0; },
                         error);
    }
    if (ok && ::fdatasync(fd) != 0) {
        *error = tr("Cannot write %1: %2").arg(m_plan.localPath, QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    ::close(fd);
    return ok;
}
