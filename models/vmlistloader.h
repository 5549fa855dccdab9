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
/// show at once and the UI thread only ever takes a slice of rows at a time (issue 10).
///
/// Pages grow: a first page of FirstPageSize VMs, then each next page is as long as everything
/// before it (page 2 of size M holds rows [M, 2M)), up to MaxPageSize. After the first page,
/// PagesInFlight requests are kept running, so the manager renders the next page while this side
/// receives and decodes (off the UI thread) the one before; pages are taken in order whatever
/// order they arrive in. A first load appends each page as it arrives, in slices timed to keep
/// the UI thread responsive; a reload (the model already has rows) collects all pages and
/// replaces the rows once at the end, so that unchanged rows update in place and the selection
/// stays.
class VmListLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int FirstPageSize = 250;
    static constexpr int MaxPageSize = 2000; // FirstPageSize times a power of two
    static constexpr int PagesInFlight = 2;

    VmListLoader(Client *client, VmListModel *model, QObject *parent = nullptr);

    /// Starts loading; a load still running is abandoned (its late replies are dropped).
    void load(const QString &search = {});
    bool isLoading() const { return m_loading; }
    /// Rows received so far by the running (or last) load.
    int loadedCount() const { return m_loaded; }

signals:
    /// A page arrived: its rows go into the model within the next turns of the event loop (on a
    /// first load) or are collected (on a reload). \a loadedCount counts the rows received.
    void pageLoaded(int loadedCount);
    void finished();
    void failed(const ApiError &error);

private:
    struct Page
    {
        int number = 0;
        int max = 0;
        bool arrived = false;
        QList<Vm> vms;
    };

    void requestMore();
    void requestPage(int number, int max);
    void pageArrived(int number, int max, QList<Vm> vms);
    void takeArrivedPages();
    void scheduleSlice();
    void appendSlice();
    void finish();

    Client *m_client;
    VmListModel *m_model;
    QString m_search;
    bool m_loading = false;
    bool m_progressive = true;
    bool m_lastPageSeen = false;
    bool m_sliceQueued = false;
    int m_generation = 0;
    int m_loaded = 0;
    int m_requestedRows = 0; ///< rows covered by the pages requested so far
    int m_sliceRows = 0;     ///< rows appended per turn of the event loop, adapted to its cost
    QList<Page> m_pages;     ///< requested and not yet taken, in row order
    QList<Vm> m_toAppend;    ///< taken, waiting for their slice (first load)
    QSet<QString> m_ids;
    QList<Vm> m_collected;
};
