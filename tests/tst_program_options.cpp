// Every program answers --version with the CMake project version and --help with its options
// (issue 9), without a display: they are what a person or a package check runs first.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestProgramOptions : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QString &program, const QStringList &arguments, bool offscreen = false)
    {
        QProcess process;
        // No display of any kind: --help and --version must not need one.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        if (offscreen)
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        Result result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish in 30 s: ") + process.errorString();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static void addPrograms()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("versionLine");
        QTest::addColumn<QStringList>("options");
        // The options each program must list; the first word of --version is the name Qt uses.
        QTest::newRow("diskdesk") << QStringLiteral(DISKDESK_APP_EXE) << QStringLiteral("DiskDesk")
                                  << QStringList{"--profile", "--url", "--user", "--password-file", "--ca-file"};
        QTest::newRow("diskdesk-cli") << QStringLiteral(DISKDESK_CLI_EXE) << QStringLiteral("diskdesk-cli")
                                      << QStringList{"--profile", "--url", "--format", "--disk", "--memory"};
        QTest::newRow("diskdesk-lab") << QStringLiteral(DISKDESK_LAB_EXE) << QStringLiteral("diskdesk-lab")
                                      << QStringList{"--data-dir", "--port", "--demo", "--http", "--listen"};
        QTest::newRow("diskdesk-bench") << QStringLiteral(DISKDESK_BENCH_EXE) << QStringLiteral("diskdesk-bench")
                                        << QStringList{"--vms", "--data-dir", "--runs", "--fresh"};
    }

private slots:
    void version_data() { addPrograms(); }
    void version()
    {
        QFETCH(QString, program);
        QFETCH(QString, versionLine);
        for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Result result = run(program, {option});
            QVERIFY2(result.exitCode == 0, qPrintable(option + QStringLiteral(": ") + result.err));
            QCOMPARE(result.out, versionLine + QStringLiteral(" " DISKDESK_VERSION "\n"));
        }
    }

    void help_data() { addPrograms(); }
    void help()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, options);
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Result result = run(program, {option});
            QVERIFY2(result.exitCode == 0, qPrintable(option + QStringLiteral(": ") + result.err));
            QVERIFY2(result.out.startsWith(QStringLiteral("Usage: ")), qPrintable(result.out));
            for (const QString &expected : options + QStringList{"--help", "--version"}) {
                QVERIFY2(result.out.contains(expected),
                         qPrintable(expected + QStringLiteral(" missing from:\n") + result.out));
            }
        }
    }

    // An unknown option is a usage error, not a silent start (the lab would serve, the GUI open).
    // The GUI needs a platform before it parses, so this one runs offscreen.
    void unknownOption_data() { addPrograms(); }
    void unknownOption()
    {
        QFETCH(QString, program);
        const Result result = run(program, {QStringLiteral("--no-such-option")}, true);
        QVERIFY2(result.exitCode != 0, qPrintable(result.out));
        QVERIFY2(result.err.contains(QStringLiteral("no-such-option")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestProgramOptions)
#include "tst_program_options.moc"
