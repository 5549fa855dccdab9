// Issue 8 items 4 and 7: the main window's plots checked number by number against a real
// diskdesk-lab, not against the models that feed them: the capacity of every storage domain,
// one disk's actual against provisioned size along a snapshot chain built here (with data
// written by qemu-io so that each volume takes a different amount of space), the snapshot
// timeline and the transfer throughput. Their axes must hold all of the data, their tick labels
// must be written the person's way (the whole test runs with a German default locale), and after
// the lab changes and F5 they must show the new numbers.
#include "client.h"
#include "clienttestsupport.h"
#include "diskchainplot.h"
#include "diskdetailspane.h"
#include "imagetransferjob.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "operationtracker.h"
#include "snapshottimelineplot.h"
#include "storagecapacityplot.h"
#include "taskspane.h"
#include "throughputplot.h"
#include "windowtestsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int timeoutMs = 120000;
constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;
const QString ChainVm = QStringLiteral("build-01");
const QString ChainDisk = QStringLiteral("zz-plot-chain");

template <class T>
T *childOf(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1String(name));
}

QCPBars *barsNamed(QCustomPlot *plot, const QString &name)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (auto *bars = qobject_cast<QCPBars *>(plot->plottable(i)); bars && bars->name() == name)
            return bars;
    }
    return nullptr;
}

using Points = QList<std::pair<double, double>>;

template <class Container>
Points pointsOf(const Container &data)
{
    Points points;
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        points.append({it->key, it->value});
    return points;
}

/// Brings every tab and stack page holding \a widget to the front, as a person looking at it would.
void showWidget(QWidget *window, QWidget *widget)
{
    for (QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget())) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(w);
            else
                stack->setCurrentWidget(w);
        }
    }
    QCoreApplication::processEvents();
}

/// The tick labels of \a axis as drawn now.
QStringList tickLabels(QCustomPlot *plot, QCPAxis *axis)
{
    plot->replot();
    QStringList labels;
    for (const QString &label : axis->tickVectorLabels())
        labels.append(label);
    return labels;
}

/// Empty on success, else what qemu-io said.
QString writeData(const QString &path, qint64 offset, qint64 length)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                        QStringLiteral("write -P 0x5a %1 %2").arg(offset).arg(length), path});
    if (!p.waitForFinished(60000))
        return QStringLiteral("qemu-io did not finish");
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || out.contains(QStringLiteral("error"), Qt::CaseInsensitive))
        return QStringLiteral("qemu-io on %1: %2").arg(path, out.trimmed());
    return {};
}

} // namespace

class TestWorkspacePlots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void capacityPlotMatchesLab();
    void chainPlotMatchesLabChain();
    void timelinePlotMatchesSnapshots();
    void throughputPlotCoversSamples();
    void throughputPlotCoversRealTransfer();

private:
    void waitUntilIdle();
    /// F5 on the window, as a person presses it, until everything it reloads has come back.
    void pressF5();
    QString createSnapshot(const QString &vmId, const QString &description);
    QList<StorageDomain> labDomains();
    QString activeVolumePath(const Disk &disk) const;
    void checkCapacityPlot();
    void checkChainPlot(const Disk &disk, const QStringList &snapshotIds);
    void checkTimelinePlot(const QString &vmId);

    LabProcess m_lab;
    Client m_client;
    std::unique_ptr<MainWindow> m_window;
    QLocale m_german{QLocale::German, QLocale::Germany};
    QStringList m_chainSnapshots; ///< the snapshots made of ChainDisk, oldest first
};

void TestWorkspacePlots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qemu-io")).isEmpty(), "qemu-io is not installed");
    // Everything below (the window and its plots too) is made for a German-speaking person.
    QLocale::setDefault(m_german);
    // HTTPS with the lab's CA pinned: image transfers (the throughput plot) need TLS, as with a manager.
    LabProcess::Options options;
    options.https = true;
    QVERIFY2(m_lab.start(options), qPrintable(m_lab.errorString()));
    QCOMPARE(m_lab.apiUrl().scheme(), QStringLiteral("https")); // so loginTo pins the lab's CA
    const QString error = loginTo(m_client, m_lab);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_window = WindowTest::openMainWindow(&m_client);
    // F5 goes to the active window only.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    waitUntilIdle();
}

void TestWorkspacePlots::cleanupTestCase()
{
    m_window.reset();
    m_lab.stop();
    QLocale::setDefault(QLocale::c());
}

void TestWorkspacePlots::waitUntilIdle()
{
    WindowTest::waitUntilIdle(m_window.get(), timeoutMs);
}

void TestWorkspacePlots::pressF5()
{
    QSignalSpy finished(m_window.get(), &MainWindow::loadingFinished);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
    waitUntilIdle();
}

QList<StorageDomain> TestWorkspacePlots::labDomains()
{
    const auto domains = await<QList<StorageDomain>>([&](QObject *c, auto done) { m_client.storageDomains(c, done); });
    if (!domains.ok())
        qWarning("storage domains: %s", why(domains).constData());
    return domains.value;
}

QString TestWorkspacePlots::activeVolumePath(const Disk &disk) const
{
    return m_lab.dataDir() + QStringLiteral("/domains/%1/images/%2/%3").arg(disk.storageDomainIds.value(0), disk.id, disk.imageId);
}

QString TestWorkspacePlots::createSnapshot(const QString &vmId, const QString &description)
{
    std::unique_ptr<OperationTracker> tracker(OperationTracker::createSnapshot(
        &m_client, CreateSnapshotRequest{vmId, description, false, std::nullopt}, nullptr, testTiming()));
    QSignalSpy finished(tracker.get(), &OperationTracker::finished);
    if (!finished.wait(timeoutMs) && finished.isEmpty())
        return QStringLiteral("timed out");
    return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
}

void TestWorkspacePlots::checkCapacityPlot()
{
    auto *plot = childOf<StorageCapacityPlot>(m_window.get(), "storageCapacityPlot");
    QVERIFY(plot);
    showWidget(m_window.get(), plot);
    QCPBars *used = barsNamed(plot, QStringLiteral("Used"));
    QCPBars *free = barsNamed(plot, QStringLiteral("Free"));
    QCPBars *committed = barsNamed(plot, QStringLiteral("Committed to disks"));
    QCPBars *over = barsNamed(plot, QStringLiteral("Overcommitted (beyond capacity)"));
    QVERIFY(used && free && committed && over);

    // The lab's figures, read here, one key per domain that has any.
    const QList<StorageDomain> domains = labDomains();
    QVERIFY(domains.size() >= 2);
    Points expectUsed, expectFree, expectCommitted, expectOver;
    QStringList names, overcommitted;
    double top = 0;
    for (const StorageDomain &domain : domains) {
        if (!domain.used && !domain.available)
            continue;
        const double key = names.size() + 1;
        names.append(domain.name);
        const double capacity = double(domain.used.value_or(0) + domain.available.value_or(0)) / GiB;
        const double promised = double(domain.committed.value_or(0)) / GiB;
        expectUsed.append({key, double(domain.used.value_or(0)) / GiB});
        expectFree.append({key, double(domain.available.value_or(0)) / GiB});
        expectCommitted.append({key, std::min(capacity, promised)});
        if (promised > capacity) {
            expectOver.append({key, promised - capacity});
            overcommitted.append(domain.name);
        }
        top = std::max({top, capacity, promised});
    }
    QVERIFY(names.size() >= 2);
    QCOMPARE(plot->domainNames(), names);
    QCOMPARE(pointsOf(used->data()), expectUsed);
    QCOMPARE(pointsOf(free->data()), expectFree);
    QCOMPARE(pointsOf(committed->data()), expectCommitted);
    QCOMPARE(pointsOf(over->data()), expectOver);
    QCOMPARE(plot->overcommitted(), overcommitted);
    // Free sits on used and the red part on the committed bar: each stack reaches its total.
    QCOMPARE(free->barBelow(), used);
    QCOMPARE(over->barBelow(), committed);

    // Every bar whole on the axes, each key named by its domain.
    QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLinear);
    QVERIFY(plot->yAxis->range().lower <= 0);
    QVERIFY2(plot->yAxis->range().upper >= top, qPrintable(QStringLiteral("%1 < %2").arg(plot->yAxis->range().upper).arg(top)));
    QVERIFY(plot->xAxis->range().lower <= 1 - used->width());
    QVERIFY(plot->xAxis->range().upper >= names.size() + used->width());
    const auto ticker = qSharedPointerCast<QCPAxisTickerText>(plot->xAxis->ticker());
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().values(), names);
    QCOMPARE(tickLabels(plot, plot->xAxis), names);
    // Numbers on the size axis the German way: no English decimal point or group separator.
    QCOMPARE(plot->locale().decimalPoint(), m_german.decimalPoint());
    const QStringList sizeLabels = tickLabels(plot, plot->yAxis);
    QVERIFY(sizeLabels.size() >= 2);
    for (const QString &label : sizeLabels) {
        bool ok = false;
        m_german.toDouble(label, &ok);
        QVERIFY2(ok && !label.contains(QLatin1Char('.')), qPrintable(sizeLabels.join(u'|')));
    }
}

void TestWorkspacePlots::capacityPlotMatchesLab()
{
    checkCapacityPlot();
    if (QTest::currentTestFailed())
        return;
    auto *plot = childOf<StorageCapacityPlot>(m_window.get(), "storageCapacityPlot");
    const QStringList overBefore = plot->overcommitted();

    // A sparse disk promising twice what data-main holds overcommits it; after F5 the plot says so.
    StorageDomain main;
    for (const StorageDomain &domain : labDomains()) {
        if (domain.name == QLatin1String("data-main"))
            main = domain;
    }
    QVERIFY(!main.id.isEmpty());
    QVERIFY(!overBefore.contains(main.name));
    const qint64 size = (main.used.value_or(0) + main.available.value_or(0)) * 2;
    QCOMPARE(addDiskAndWait(m_client, QString(), QStringLiteral("zz-plot-overcommit"), main.id, size, timeoutMs), QString());
    pressF5();
    checkCapacityPlot();
    QVERIFY2(plot->overcommitted().contains(main.name), qPrintable(plot->overcommitted().join(u',')));
}

void TestWorkspacePlots::checkChainPlot(const Disk &disk, const QStringList &snapshotIds)
{
    auto *plot = childOf<DiskChainPlot>(m_window.get(), "diskChainPlot");
    QVERIFY(plot);
    showWidget(m_window.get(), plot);

    // The lab's volumes of the disk in the order they were made: one per snapshot, then the active one.
    const QString vm = vmIdByName(m_client, ChainVm);
    const auto snapshots = await<QList<Snapshot>>([&](QObject *c, auto done) { m_client.snapshotsWithDisks(vm, c, done); });
    QVERIFY2(snapshots.ok(), why(snapshots).constData());
    const auto current = await<Disk>([&](QObject *c, auto done) { m_client.disk(disk.id, c, done); });
    QVERIFY2(current.ok(), why(current).constData());
    QList<double> actual, provisioned;
    QStringList labels;
    for (const QString &id : snapshotIds) {
        const auto snapshot = std::find_if(snapshots.value.cbegin(), snapshots.value.cend(), [&](const Snapshot &s) { return s.id == id; });
        QVERIFY(snapshot != snapshots.value.cend());
        const auto volume = std::find_if(snapshot->disks.cbegin(), snapshot->disks.cend(), [&](const Disk &d) { return d.id == disk.id; });
        QVERIFY2(volume != snapshot->disks.cend(), qPrintable(snapshot->description));
        actual.append(double(volume->actualSize.value_or(0)));
        provisioned.append(double(volume->provisionedSize.value_or(0)));
        // The date as a German reader writes it: 22.11.26 13:08.
        const QString date = m_german.toString(snapshot->date->toLocalTime(), m_german.dateTimeFormat(QLocale::ShortFormat));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d$")).match(date).hasMatch(), qPrintable(date));
        labels.append(snapshot->description + QLatin1Char('\n') + date);
    }
    actual.append(double(current.value.actualSize.value_or(0)));
    provisioned.append(double(current.value.provisionedSize.value_or(0)));
    labels.append(QStringLiteral("Active volume"));
    // Each volume holds the data written while it was on top, more every time: the order of
    // the sizes is the order of the chain.
    for (int i = 1; i < actual.size(); ++i)
        QVERIFY2(actual.at(i) > actual.at(i - 1), qPrintable(QStringLiteral("volume %1: %2 <= %3").arg(i).arg(actual.at(i)).arg(actual.at(i - 1))));

    QCOMPARE(plot->volumeCount(), int(actual.size()));
    QCOMPARE(plot->labels(), labels);
    QCOMPARE(tickLabels(plot, plot->xAxis), labels);
    QCPBars *actualBars = barsNamed(plot, QStringLiteral("Actual size (space taken on the storage)"));
    QCPBars *provisionedBars = barsNamed(plot, QStringLiteral("Provisioned size (what the VM sees)"));
    QVERIFY(actualBars && provisionedBars);
    Points expectActual, expectProvisioned;
    for (int i = 0; i < actual.size(); ++i) {
        // Every volume here is above the axis floor, so each bar is the exact size.
        QVERIFY(actual.at(i) > actualBars->baseValue());
        expectActual.append({i + 1, actual.at(i)});
        expectProvisioned.append({i + 1, provisioned.at(i)});
    }
    QCOMPARE(pointsOf(actualBars->data()), expectActual);
    QCOMPARE(pointsOf(provisionedBars->data()), expectProvisioned);

    // MiB of data beside GiB of provisioned size: a logarithmic axis covering both.
    QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
    const double lowest = *std::min_element(actual.cbegin(), actual.cend());
    const double highest = std::max(*std::max_element(actual.cbegin(), actual.cend()),
                                    *std::max_element(provisioned.cbegin(), provisioned.cend()));
    QVERIFY2(plot->yAxis->range().lower <= lowest && plot->yAxis->range().upper >= highest,
             qPrintable(QStringLiteral("%1..%2 for %3..%4").arg(plot->yAxis->range().lower).arg(plot->yAxis->range().upper).arg(lowest).arg(highest)));
    QVERIFY(plot->xAxis->range().lower <= 1 - actualBars->width() && plot->xAxis->range().upper >= actual.size() + actualBars->width());
    // Size ticks in German words for sizes (1,5 GiB would have a comma): 1 MiB, 16 MiB, 256 MiB, 4 GiB.
    const QStringList sizeLabels = tickLabels(plot, plot->yAxis);
    QVERIFY2(sizeLabels.contains(m_german.formattedDataSize(16 * MiB, 0, QLocale::DataSizeIecFormat))
                 && sizeLabels.contains(m_german.formattedDataSize(4 * GiB, 0, QLocale::DataSizeIecFormat)),
             qPrintable(sizeLabels.join(u'|')));
}

void TestWorkspacePlots::chainPlotMatchesLabChain()
{
    // A new disk of a down VM, then snapshots with data written in between: 1 MiB, 4 MiB, 8 MiB...
    const QString vm = vmIdByName(m_client, ChainVm);
    QVERIFY(!vm.isEmpty());
    QString mainId;
    for (const StorageDomain &domain : labDomains()) {
        if (domain.name == QLatin1String("data-main"))
            mainId = domain.id;
    }
    QCOMPARE(addDiskAndWait(m_client, vm, ChainDisk, mainId, 2 * GiB, timeoutMs), QString());
    Disk disk = diskByAlias(m_client, ChainDisk);
    QVERIFY(!disk.id.isEmpty());
    const qint64 written[] = {1 * MiB, 4 * MiB, 8 * MiB};
    qint64 offset = 0;
    QStringList snapshotIds;
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(writeData(activeVolumePath(disk), offset, written[i]), QString());
        offset += written[i];
        const QString description = QStringLiteral("plot chain %1").arg(i + 1);
        QCOMPARE(createSnapshot(vm, description), QString());
        const auto snapshots = await<QList<Snapshot>>([&](QObject *c, auto done) { m_client.snapshotsWithDisks(vm, c, done); });
        for (const Snapshot &snapshot : snapshots.value) {
            if (snapshot.description == description)
                snapshotIds.append(snapshot.id);
        }
        disk = diskByAlias(m_client, ChainDisk); // the new active volume
    }
    QCOMPARE(snapshotIds.size(), 2);
    QCOMPARE(writeData(activeVolumePath(disk), offset, written[2]), QString());
    offset += written[2];

    // The person opens the disk (F5 first: the window does not know it yet).
    pressF5();
    auto *details = childOf<DiskDetailsPane>(m_window.get(), "diskDetailsPane");
    QSignalSpy loaded(details, &DiskDetailsPane::loaded);
    m_window->navigateTo({InventoryNode::Kind::Disk, disk.id});
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && !details->isLoading(), timeoutMs);
    QCOMPARE(details->diskId(), disk.id);
    checkChainPlot(disk, snapshotIds);
    if (QTest::currentTestFailed())
        return;
    m_chainSnapshots = snapshotIds;

    // The lab changes under the open disk: another snapshot, 16 MiB more on top; F5 follows.
    QCOMPARE(createSnapshot(vm, QStringLiteral("plot chain 3")), QString());
    const auto snapshots = await<QList<Snapshot>>([&](QObject *c, auto done) { m_client.snapshotsWithDisks(vm, c, done); });
    for (const Snapshot &snapshot : snapshots.value) {
        if (snapshot.description == QLatin1String("plot chain 3"))
            snapshotIds.append(snapshot.id);
    }
    QCOMPARE(snapshotIds.size(), 3);
    disk = diskByAlias(m_client, ChainDisk);
    QCOMPARE(writeData(activeVolumePath(disk), offset, 16 * MiB), QString());
    pressF5();
    QCOMPARE(details->diskId(), disk.id);
    QCOMPARE(childOf<DiskChainPlot>(m_window.get(), "diskChainPlot")->volumeCount(), 4);
    checkChainPlot(disk, snapshotIds);
    m_chainSnapshots = snapshotIds;
}

void TestWorkspacePlots::checkTimelinePlot(const QString &vmId)
{
    auto *plot = childOf<SnapshotTimelinePlot>(m_window.get(), "snapshotTimelinePlot");
    QVERIFY(plot);
    showWidget(m_window.get(), plot);
    const auto snapshots = await<QList<Snapshot>>([&](QObject *c, auto done) { m_client.snapshotsWithDisks(vmId, c, done); });
    QVERIFY2(snapshots.ok(), why(snapshots).constData());
    // One mark per (snapshot, disk) at the snapshot's date on the disk's lane; the Active VM at "now".
    QMultiHash<double, QString> expected;
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    QMap<double, QString> descriptions;
    for (const Snapshot &snapshot : snapshots.value) {
        if (snapshot.type == SnapshotType::Active)
            continue;
        QVERIFY(snapshot.date);
        const double key = QCPAxisTickerDateTime::dateTimeToKey(*snapshot.date);
        for (const Disk &disk : snapshot.disks)
            expected.insert(key, disk.alias);
        descriptions.insert(key, snapshot.description);
        first = std::min(first, key);
        last = std::max(last, key);
    }
    QVERIFY(expected.size() >= 3);
    QCOMPARE(plot->snapshotMarkCount(), int(expected.size()));
    const auto lanes = qSharedPointerCast<QCPAxisTickerText>(plot->yAxis->ticker());
    QVERIFY(lanes);
    QMultiHash<double, QString> drawn;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *graph = plot->graph(i);
        if (graph->name() == QLatin1String("Active VM (now)"))
            continue;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            drawn.insert(it->key, lanes->ticks().value(it->value));
    }
    QCOMPARE(drawn, expected);
    // Each snapshot's description above its marks.
    const auto top = qSharedPointerCast<QCPAxisTickerText>(plot->xAxis2->ticker());
    QVERIFY(top);
    QCOMPARE(top->ticks(), descriptions);
    // From before the first snapshot to after the last one and "now".
    QVERIFY(plot->xAxis->range().lower < first);
    QVERIFY(plot->xAxis->range().upper > last);
    QCPGraph *active = nullptr;
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == QLatin1String("Active VM (now)"))
            active = plot->graph(i);
    }
    QVERIFY(active && !active->data()->isEmpty());
    QVERIFY(plot->xAxis->range().upper > active->data()->constBegin()->key);
    // Dates along the time axis as German readers write them (27.02.26), each at its tick.
    plot->replot();
    const QList<double> ticks = plot->xAxis->tickVector();
    const QStringList dateLabels = tickLabels(plot, plot->xAxis);
    QVERIFY(dateLabels.size() >= 2);
    const auto ticker = qSharedPointerCast<QCPAxisTickerDateTime>(plot->xAxis->ticker());
    QVERIFY(ticker);
    for (int i = 0; i < dateLabels.size(); ++i) {
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d(\\n\\d\\d:\\d\\d)?$")).match(dateLabels.at(i)).hasMatch(),
                 qPrintable(dateLabels.join(u'|')));
        QCOMPARE(dateLabels.at(i), m_german.toString(QCPAxisTickerDateTime::keyToDateTime(ticks.at(i)).toLocalTime(), ticker->dateTimeFormat()));
    }
}

void TestWorkspacePlots::timelinePlotMatchesSnapshots()
{
    const QString vm = vmIdByName(m_client, ChainVm);
    QVERIFY(!vm.isEmpty());
    m_window->navigateTo({InventoryNode::Kind::Vm, vm});
    waitUntilIdle();
    auto *plot = childOf<SnapshotTimelinePlot>(m_window.get(), "snapshotTimelinePlot");
    QVERIFY(plot);
    checkTimelinePlot(vm);
    if (QTest::currentTestFailed())
        return;
    const int marks = plot->snapshotMarkCount();
    const int disks = plot->laneLabels().size();

    // A new snapshot (of every disk of the VM) and F5: one more mark on every lane.
    QCOMPARE(createSnapshot(vm, QStringLiteral("plot timeline")), QString());
    pressF5();
    QCOMPARE(plot->snapshotMarkCount(), marks + disks);
    checkTimelinePlot(vm);
}

void TestWorkspacePlots::throughputPlotCoversSamples()
{
    // The plot of the Tasks pane, fed as the pane feeds it while a transfer runs.
    auto *plot = childOf<ThroughputPlot>(m_window.get(), "throughputPlot");
    QVERIFY(plot);
    plot->begin(QStringLiteral("Upload of test.qcow2"));
    QCOMPARE(plot->sampleCount(), 0);
    // A slow start, a dropped connection (zero), then a fast stretch well past the first 10 s.
    const Points samples = {{0.5, 0.3 * MiB}, {1.0, 0}, {12.0, 64.0 * MiB}, {12.5, 40.0 * MiB}};
    Points expected;
    for (const auto &[seconds, rate] : samples) {
        plot->addSample(seconds, rate);
        expected.append({seconds, rate / MiB});
    }
    QCOMPARE(plot->sampleCount(), int(samples.size()));
    QCOMPARE(pointsOf(plot->graph(0)->data()), expected);
    QCOMPARE(plot->xAxis->range().lower, 0.0);
    QVERIFY(plot->xAxis->range().upper >= 12.5);
    QCOMPARE(plot->yAxis->range().lower, 0.0);
    QVERIFY(plot->yAxis->range().upper >= 64.0);

    // A new transfer starts from nothing; at a fraction of a MiB/s the ticks have decimals,
    // written with the German comma.
    plot->begin(QStringLiteral("Download"));
    QCOMPARE(plot->sampleCount(), 0);
    plot->addSample(0.5, 0.3 * MiB);
    const QStringList labels = tickLabels(plot, plot->yAxis);
    QVERIFY2(labels.contains(QStringLiteral("0,2")) && !labels.join(QString()).contains(QLatin1Char('.')), qPrintable(labels.join(u'|')));
}

void TestWorkspacePlots::throughputPlotCoversRealTransfer()
{
    // A real upload followed by the Tasks pane: every sample it plots lies within the axes.
    auto *pane = childOf<TasksPane>(m_window.get(), "tasksPane");
    auto *plot = childOf<ThroughputPlot>(m_window.get(), "throughputPlot");
    QVERIFY(pane && plot);
    QCOMPARE(pane->throughputPlot(), plot);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plot-upload.raw"));
    {
        // Data everywhere (zero areas are skipped, not sent): long enough for several samples.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block(int(MiB), '\0');
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(i * 7 + 1);
        for (int i = 0; i < 256; ++i)
            QCOMPARE(file.write(block), qint64(block.size()));
    }
    QString mainId;
    for (const StorageDomain &domain : labDomains()) {
        if (domain.name == QLatin1String("data-main"))
            mainId = domain.id;
    }
    ImageTransferJob::Options options;
    options.upload = true;
    options.localPath = path;
    options.alias = QStringLiteral("zz-plot-upload");
    options.storageDomainId = mainId;
    options.virtualSize = 256 * MiB;
    options.format = DiskFormat::Raw;
    options.pollMs = 50;
    options.chunkBytes = 4 * MiB;
    auto *job = new ImageTransferJob(&m_client, options);
    QSignalSpy progress(job, &ImageTransferJob::progress);
    QSignalSpy finished(job, &ImageTransferJob::finished);
    const QString title = job->title();
    pane->trackTransfer(job);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QCOMPARE(plot->title(), title);
    QVERIFY2(plot->sampleCount() >= 2, qPrintable(QString::number(plot->sampleCount())));
    QVERIFY(plot->sampleCount() <= progress.size());
    const Points samples = pointsOf(plot->graph(0)->data());
    double previous = -1;
    for (const auto &[seconds, rate] : samples) {
        QVERIFY(seconds > previous);
        previous = seconds;
        QVERIFY2(plot->xAxis->range().contains(seconds) && plot->yAxis->range().contains(rate),
                 qPrintable(QStringLiteral("(%1, %2) outside %3..%4 x %5..%6").arg(seconds).arg(rate).arg(plot->xAxis->range().lower)
                                .arg(plot->xAxis->range().upper).arg(plot->yAxis->range().lower).arg(plot->yAxis->range().upper)));
    }
    QCOMPARE(plot->yAxis->range().lower, 0.0);
    QVERIFY(std::any_of(samples.cbegin(), samples.cend(), [](const auto &sample) { return sample.second > 0; }));
}

QTEST_MAIN(TestWorkspacePlots)
#include "tst_workspace_plots.moc"
