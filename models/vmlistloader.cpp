#include "vmlistloader.h"

#include "client.h"
#include "vmlistmodel.h"

#include <QElapsedTimer>
#include <QTimer>

namespace {
// A slice of rows is grown or shrunk so that appending it (the model, a sorting proxy and the
// view all react to one insertion) stays well below the 50 ms a user notices as a stall.
constexpr qint64 SliceSlowNs = 8'000'000;
constexpr qint64 SliceFastNs = 3'000'000;
constexpr int FirstSliceRows = 500;
constexpr int MinSliceRows = 50;
} // namespace

VmListLoader::VmListLoader(Client *client, VmListModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

void VmListLoader::load(const QString &search)
{
    ++m_generation;
    m_search = search;
    m_loading = true;
    m_progressive = m_model->rowCount() == 0;
    m_lastPageSeen = false;
    m_sliceQueued = false;
    m_loaded = 0;
    m_sliceRows = FirstSliceRows;
    m_ids.clear();
    m_collected.clear();
    m_toAppend.clear();
    m_pages.clear();
    // The first page goes alone: whether there is a second one is only known once it is full.
    m_pages.append(Page{1, FirstPageSize, false, {}});
    m_requestedRows = FirstPageSize;
    requestPage(1, FirstPageSize);
}

void VmListLoader::requestMore()
{
    while (!m_lastPageSeen && m_pages.size() < PagesInFlight) {
        // Page N of size M holds rows [(N-1)M, NM): the size is everything requested so far
        // while that is below the cap, then the cap (m_requestedRows is a multiple of it).
        const int max = qMin(qMax(m_requestedRows, int(FirstPageSize)), int(MaxPageSize));
        const int number = m_requestedRows / max + 1;
        m_pages.append(Page{number, max, false, {}});
        m_requestedRows += max;
        requestPage(number, max);
    }
}

void VmListLoader::requestPage(int number, int max)
{
    const int generation = m_generation;
    m_client->vmsPage(m_search, number, max, this, [this, generation, number, max](Result<QList<Vm>> result) {
        if (generation != m_generation)
            return; // a newer load() took over, or this load failed
        if (!result.ok()) {
            ++m_generation; // the other pages in flight are of no use now
            m_loading = false;
            m_pages.clear();
            m_toAppend.clear();
            emit failed(*result.error);
            return;
        }
        pageArrived(number, max, std::move(result.value));
    });
}

void VmListLoader::pageArrived(int number, int max, QList<Vm> vms)
{
    for (Page &page : m_pages) {
        if (page.number == number && page.max == max) {
            page.arrived = true;
            page.vms = std::move(vms);
            takeArrivedPages();
            return;
        }
    }
    // A page requested beyond the last one: nothing to take.
}

void VmListLoader::takeArrivedPages()
{
    while (!m_pages.isEmpty() && m_pages.first().arrived) {
        Page page = m_pages.takeFirst();
        // A VM created or renamed between two pages can shift the manager's order by a row;
        // the id set keeps such a VM from appearing twice.
        QList<Vm> &target = m_progressive ? m_toAppend : m_collected;
        target.reserve(target.size() + page.vms.size());
        const qsizetype received = page.vms.size();
        for (Vm &vm : page.vms) {
            if (!m_ids.contains(vm.id)) {
                m_ids.insert(vm.id);
                target.append(std::move(vm)); // moved: no copy of a VM's strings to free later
            }
        }
        m_loaded += int(received);
        emit pageLoaded(m_loaded);
        if (received < page.max) {
            // The last page: those requested after it are past the end.
            m_lastPageSeen = true;
            m_pages.clear();
        }
    }
    if (m_progressive && !m_toAppend.isEmpty())
        scheduleSlice();
    if (!m_lastPageSeen) {
        requestMore();
        return;
    }
    if (!m_progressive) {
        m_model->setVms(std::exchange(m_collected, {}));
        finish();
    } else if (m_toAppend.isEmpty()) {
        finish();
    }
}

void VmListLoader::scheduleSlice()
{
    if (m_sliceQueued)
        return;
    m_sliceQueued = true;
    // One slice per turn of the event loop: painting, input and network replies run between.
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return; // load() reset the queue
        m_sliceQueued = false;
        appendSlice();
    });
}

void VmListLoader::appendSlice()
{
    const int count = qMin(m_sliceRows, int(m_toAppend.size()));
    QElapsedTimer timer;
    timer.start();
    if (count == m_toAppend.size()) {
        m_model->appendVms(std::exchange(m_toAppend, {}));
    } else {
        m_model->appendVms(m_toAppend.first(count));
        m_toAppend.remove(0, count);
    }
    const qint64 spent = timer.nsecsElapsed();
    if (spent > SliceSlowNs)
        m_sliceRows = qMax(MinSliceRows, m_sliceRows / 2);
    else if (spent < SliceFastNs)
        m_sliceRows = qMin(int(MaxPageSize), m_sliceRows * 2);

    if (!m_toAppend.isEmpty())
        scheduleSlice();
    else if (m_lastPageSeen)
        finish();
}

void VmListLoader::finish()
{
    ++m_generation; // late replies of pages past the end are dropped
    m_loading = false;
    emit finished();
}
