#pragma once

#include "apierror.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class Client;
class VmListModel;
struct Vm;

/// Fills a VmListModel page by page, so that on a manager with thousands of VMs the first rows
/// show at once and the UI thread only ever takes one page at a time (issue 10).
///
/// Pages grow: a first page of FirstPageSize VMs, then each next page is as long as everything
/// loaded so far (page 2 of size M holds rows [M, 2M)), up to MaxPageSize. A first load appends
/// each page as it arrives; a reload (the model already has rows) collects all pages and replaces
/// the rows once at the end, so that unchanged rows update in place and the selection stays.
class VmListLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstPageSize = 250;
    static constexpr int MaxPageSize = 2000; // FirstPageSize times a power of two

    VmListLoader(Client *client, VmListModel *model, QObject *parent = nullptr);

    /// Starts loading; a load still running is abandoned (its late replies are dropped).
    void load(const QString &search = {});
    bool isLoading() const { return m_loading; }
    /// Rows received so far by the running (or last) load.
    int loadedCount() const { return m_loaded; }

signals:
    /// A page arrived and is in the model (on a first load) or collected (on a reload).
    void pageLoaded(int loadedCount);
    void finished();
    void failed(const ApiError &error);

private:
    void requestPage(int page, int max);
    void pageArrived(const QList<Vm> &vms, int max);

    Client *m_client;
    VmListModel *m_model;
    QString m_search;
    bool m_loading = false;
    bool m_progressive = true;
    int m_generation = 0;
    int m_loaded = 0;
    QSet<QString> m_ids;
    QList<Vm> m_collected;
};
