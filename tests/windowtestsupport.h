#pragma once

// What the tests that drive a real MainWindow against a lab share: opening it the way main.cpp
// does, waiting until its lists have loaded, and selecting a VM row as a person would click it.
// The wait helpers fail the running test (QVERIFY) as the per-test copies they replace did; the
// look-ups return what they found, so that each test states its own expectation.

#include <QSize>
#include <QString>

#include <memory>

class Client;
class MainWindow;
class QTableView;

namespace WindowTest {

/// main.cpp's default size. Screenshot goldens are taken at it: change it and they all differ.
inline constexpr QSize DefaultSize{1280, 800};

/// A main window on \a client, resized, shown and asked to become active (shortcuts and F5 go
/// to the active window only). The caller checks that it did (QTest::qWaitForWindowActive).
std::unique_ptr<MainWindow> openMainWindow(Client *client, const QSize &size = DefaultSize);

/// Waits until \a window has no request in flight and its VM table has rows.
void waitUntilVmsLoaded(MainWindow *window, int timeoutMs);

/// waitUntilVmsLoaded, then until the disk details pane has loaded too, and posted events ran:
/// the state in which the plots and tables show what the lab holds.
void waitUntilIdle(MainWindow *window, int timeoutMs);

/// Selects the row of the VM named \a name in the window's VM table; returns the table, or
/// nullptr when no row has that name.
QTableView *selectVmByName(MainWindow *window, const QString &name);
/// The same for the VM with id \a id.
QTableView *selectVmById(MainWindow *window, const QString &id);

} // namespace WindowTest
