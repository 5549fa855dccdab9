#include "vmlistloader.h"

#include "client.h"
#include "vmlistmodel.h"

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
    m_loaded = 0;
    m_ids.clear();
    m_collected.clear();
    requestPage(1, FirstPageSize);
}

void VmListLoader::requestPage(int page, int max)
{
    const int generation = m_generation;
    m_client->vmsPage(m_search, page, max, this, [this, generation, max](Result<QList<Vm>> result) {
        if (generation != m_generation)
            return; // a newer load() took over
        if (!result.ok()) {
            m_loading = false;
            emit failed(*result.error);
            return;
        }
        pageArrived(result.value, max);
    });
}

void VmListLoader::pageArrived(const QList<Vm> &vms, int max)
{
    // A VM created or renamed between two pages can shift the manager's order by a row; the id
    // set keeps such a VM from appearing twice.
    QList<Vm> fresh;
    fresh.reserve(vms.size());
    for (const Vm &vm : vms) {
        if (!m_ids.contains(vm.id)) {
            m_ids.insert(vm.id);
            fresh.append(vm);
        }
    }
    m_loaded += int(vms.size());
    if (m_progressive)
        m_model->appendVms(fresh);
    else
        m_collected.append(fresh);
    emit pageLoaded(m_loaded);

    if (vms.size() < max) {
        if (!m_progressive)
            m_model->setVms(std::exchange(m_collected, {}));
        m_loading = false;
        emit finished();
        return;
    }
    // The next page starts right after the rows loaded so far: page 2 of size m_loaded while that
    // is below the cap, then pages of MaxPageSize (m_loaded is a multiple of it by then).
    if (m_loaded < MaxPageSize)
        requestPage(2, m_loaded);
    else
        requestPage(m_loaded / MaxPageSize + 1, MaxPageSize);
}
