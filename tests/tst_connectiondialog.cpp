#include "connectiondialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void completeApiUrl_data();
    void completeApiUrl();
    void defaults();
    void validation_data();
    void validation();
    void okRequestsLoginAndStaysOpen();
    void errorKeepsDialogOpen();
    void success();
    void accessibleWidgets();

private:
    struct Widgets
    {
        QLineEdit *url;
        QLineEdit *user;
        QLineEdit *password;
        QLabel *hint;
        QLabel *error;
        QPushButton *ok;
    };
    static Widgets widgets(ConnectionDialog &dialog);
};

TestConnectionDialog::Widgets TestConnectionDialog::widgets(ConnectionDialog &dialog)
{
    Widgets w{dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
              dialog.findChild<QLineEdit *>(QStringLiteral("userEdit")),
              dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
              dialog.findChild<QLabel *>(QStringLiteral("hintLabel")),
              dialog.findChild<QLabel *>(QStringLiteral("errorLabel")),
              dialog.findChild<QPushButton *>(QStringLiteral("okButton"))};
    return w;
}

void TestConnectionDialog::completeApiUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: invalid

    QTest::newRow("host") << "engine.example.com"
                          << "https://engine.example.com/ovirt-engine/api";
    QTest::newRow("host, spaces") << "  engine.example.com  "
                                  << "https://engine.example.com/ovirt-engine/api";
    QTest::newRow("host:port") << "engine:8443" << "https://engine:8443/ovirt-engine/api";
    QTest::newRow("https host") << "https://engine" << "https://engine/ovirt-engine/api";
    QTest::newRow("trailing slash") << "https://engine/" << "https://engine/ovirt-engine/api";
    QTest::newRow("ovirt-engine") << "engine/ovirt-engine/" << "https://engine/ovirt-engine/api";
    QTest::newRow("full") << "https://engine/ovirt-engine/api"
                          << "https://engine/ovirt-engine/api";
    QTest::newRow("http lab") << "http://127.0.0.1:40123/ovirt-engine/api"
                              << "http://127.0.0.1:40123/ovirt-engine/api";
    QTest::newRow("own path kept") << "https://proxy/rhv/api" << "https://proxy/rhv/api";
    QTest::newRow("ipv6") << "[::1]:8443" << "https://[::1]:8443/ovirt-engine/api";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("ftp") << "ftp://engine" << "";
    QTest::newRow("space in host") << "engine example" << "";
    QTest::newRow("no host") << "https://" << "";
}

void TestConnectionDialog::completeApiUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QUrl url = ConnectionDialog::completeApiUrl(input);
    if (expected.isEmpty())
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
    else
        QCOMPARE(url.toString(), expected);
}

void TestConnectionDialog::defaults()
{
    ConnectionDialog dialog;
    const Widgets w = widgets(dialog);
    QVERIFY(w.url && w.user && w.password && w.hint && w.error && w.ok);
    QCOMPARE(w.user->text(), QStringLiteral("admin@internal"));
    QCOMPARE(w.password->echoMode(), QLineEdit::Password);
    QVERIFY(!w.ok->isEnabled()); // OK starts disabled
    QVERIFY(!w.hint->text().isEmpty());
    QVERIFY(w.error->isHidden());
}

void TestConnectionDialog::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hintContains");

    QTest::newRow("complete") << "engine" << "admin@internal" << "secret" << true
                              << "https://engine/ovirt-engine/api";
    QTest::newRow("http warns") << "http://lab:8080" << "admin@internal" << "secret" << true
                                << "unencrypted";
    QTest::newRow("no url") << "" << "admin@internal" << "secret" << false << "host name";
    QTest::newRow("bad url") << "ftp://engine" << "admin@internal" << "secret" << false
                             << "http(s) URL";
    QTest::newRow("no user") << "engine" << " " << "secret" << false << "Enter a user name";
    QTest::newRow("no profile") << "engine" << "admin" << "secret" << false << "profile";
    QTest::newRow("empty profile") << "engine" << "admin@" << "secret" << false << "profile";
    QTest::newRow("no name") << "engine" << "@internal" << "secret" << false << "profile";
    QTest::newRow("no password") << "engine" << "admin@internal" << "" << false << "password";
}

void TestConnectionDialog::validation()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, valid);
    QFETCH(QString, hintContains);

    ConnectionDialog dialog;
    const Widgets w = widgets(dialog);
    // Typed like a person would, so the editors' signals drive updateWidgets().
    w.user->clear();
    QTest::keyClicks(w.url, url);
    QTest::keyClicks(w.user, user);
    QTest::keyClicks(w.password, password);

    QCOMPARE(w.ok->isEnabled(), valid);
    QCOMPARE(dialog.validationError().isEmpty(), valid);
    QVERIFY2(w.hint->text().contains(hintContains, Qt::CaseInsensitive),
             qPrintable(w.hint->text()));
}

void TestConnectionDialog::okRequestsLoginAndStaysOpen()
{
    ConnectionDialog dialog;
    const Widgets w = widgets(dialog);
    QSignalSpy requested(&dialog, &ConnectionDialog::loginRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Disabled OK: accepting does nothing.
    dialog.accept();
    QCOMPARE(requested.count(), 0);

    dialog.setUrl(QStringLiteral("engine.example.com"));
    dialog.setPassword(QStringLiteral("secret"));
    QVERIFY(w.ok->isEnabled());
    QTest::mouseClick(w.ok, Qt::LeftButton);

    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toUrl(),
             QUrl(QStringLiteral("https://engine.example.com/ovirt-engine/api")));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("admin@internal"));
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("secret"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
    // Busy: no second request, no editing while the login runs.
    QVERIFY(!w.ok->isEnabled());
    QVERIFY(!w.password->isEnabled());
    dialog.accept();
    QCOMPARE(requested.count(), 1);
}

void TestConnectionDialog::errorKeepsDialogOpen()
{
    ConnectionDialog dialog;
    const Widgets w = widgets(dialog);
    dialog.setUrl(QStringLiteral("engine"));
    dialog.setPassword(QStringLiteral("wrong"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();

    dialog.setError(QStringLiteral("Cannot authenticate user 'admin@internal'."));
    QVERIFY(dialog.isVisible());
    QVERIFY(w.error->isVisible());
    QCOMPARE(w.error->text(), QStringLiteral("Cannot authenticate user 'admin@internal'."));
    QVERIFY(w.ok->isEnabled());
    QVERIFY(w.password->isEnabled());

    // Editing the input clears the stale error.
    QTest::keyClicks(w.password, QStringLiteral("x"));
    QVERIFY(w.error->isHidden());
}

void TestConnectionDialog::success()
{
    ConnectionDialog dialog;
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.setUrl(QStringLiteral("engine"));
    dialog.setPassword(QStringLiteral("secret"));
    dialog.show();
    dialog.accept();
    dialog.loginSucceeded();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestConnectionDialog::accessibleWidgets()
{
    ConnectionDialog dialog;
    const auto children = dialog.findChildren<QWidget *>();
    for (QWidget *child : children) {
        const bool interactive = qobject_cast<QLineEdit *>(child)
                              || qobject_cast<QPushButton *>(child);
        if (!interactive)
            continue;
        QVERIFY2(!child->objectName().isEmpty(), child->metaObject()->className());
        QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
    }
    // Every label with an Alt key leads to its field (a label without a buddy shows its "&").
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QCOMPARE(mnemonics, 4); // Profile, Engine, User, Password
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QWidget *>(QStringLiteral("profileCombo")));
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
