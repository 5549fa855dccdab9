// Translations (issue 9, item 1). Three ways a translation goes wrong, each a test function:
//
// committedFilesAreCurrent: lupdate run on the sources into a copy of each committed .ts
//   (tools/update-translations.sh, the same command a developer runs) finds nothing new,
//   unfinished or vanished, and reports no tr() call it cannot place.
// placeholdersMatch: every finished translation keeps exactly the placeholders of its source
//   (%1..%99, %L1, %n), so that no argument is lost or shown raw.
// everyVisibleTextIsTranslated: a pseudo-translation made now from the sources (every text
//   becomes ⟦text⟧) is loaded; the main window against a lab and every dialog are built and
//   every text a person sees is checked for the brackets. A text without them did not go
//   through tr(). What may stay unbracketed is data (names, ids, sizes, numbers from the manager
//   or the test's entities) and Qt's own translated texts; each allow rule says why.

#include "amenddialog.h"
#include "amendtestdata.h"
#include "attachdiskdialog.h"
#include "attachtestdata.h"
#include "client.h"
#include "commiterasure.h"
#include "commitsnapshotdialog.h"
#include "compatlevelswindow.h"
#include "connectiondialog.h"
#include "createsnapshotdialog.h"
#include "custompreviewdialog.h"
#include "diskspage.h"
#include "diskusagedialog.h"
#include "labapi.h"
#include "labprocess.h"
#include "mainwindow.h"
#include "newdiskdialog.h"
#include "preferencesdialog.h"
#include "previewsnapshotdialog.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "snapshottestdata.h"
#include "trustcertificatedialog.h"
#include "upgradeversiondialog.h"
#include "uploaddiskdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSslError>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <optional>

namespace {

const QString openBracket = QStringLiteral("⟦");
const QString closeBracket = QStringLiteral("⟧");
constexpr int loadTimeoutMs = 60000;

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or the numerus forms

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString label() const
    {
        return QStringLiteral("%1: \"%2\"%3").arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
    bool finished() const
    {
        return type.isEmpty() && !translations.isEmpty()
            && std::none_of(translations.cbegin(), translations.cend(), [](const QString &t) { return t.isEmpty(); });
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

bool readTs(const QString &path, TsFile *ts, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts->language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts->messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return false;
    }
    return true;
}

QStringList committedTsFiles()
{
    QDir dir(QStringLiteral(DISKDESK_SOURCE_DIR "/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("diskdesk_*.ts")}, QDir::Files, QDir::Name))
        files.append(dir.absoluteFilePath(name));
    return files;
}

/// tools/update-translations.sh on \a tsFiles (copies); lupdate's complaints in \a diagnostics.
bool runLupdate(const QStringList &tsFiles, QString *diagnostics)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LUPDATE"), QStringLiteral(DISKDESK_LUPDATE_EXE));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral(DISKDESK_SOURCE_DIR "/tools/update-translations.sh")} + tsFiles);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *diagnostics = QStringLiteral("update-translations.sh failed (%1): %2")
                           .arg(process.exitCode())
                           .arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    *diagnostics = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return true;
}

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?[1-9][0-9]?|n|Ln)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

// ---- the pseudo-translation walk -----------------------------------------------------------

/// The runs of \a text outside ⟦…⟧ (nested brackets count as one span: a translated text with
/// a translated argument), with mnemonics (&) removed.
QStringList outsideBrackets(const QString &text)
{
    QStringList runs{QString()};
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (QStringView(text).mid(i).startsWith(openBracket)) {
            ++depth;
            i += openBracket.size() - 1;
        } else if (QStringView(text).mid(i).startsWith(closeBracket)) {
            depth = std::max(0, depth - 1);
            i += closeBracket.size() - 1;
            if (depth == 0)
                runs.append(QString());
        } else if (depth == 0) {
            if (text.at(i) == QLatin1Char('&') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                runs.last() += text.at(i++);
            else if (text.at(i) != QLatin1Char('&'))
                runs.last() += text.at(i);
        }
    }
    return runs;
}

/// Texts that may be shown without the brackets because they are data, not DiskDesk's words.
class DataAllowList
{
public:
    /// A whole value the manager (or the test's entities) sent: a name, alias, id, description.
    void addValue(const QString &value)
    {
        if (!value.trimmed().isEmpty())
            m_values.insert(value.trimmed());
    }
    void addXml(const LabXml &xml)
    {
        addValue(xml.text);
        addValue(xml.id());
        for (const LabXml &child : xml.children)
            addXml(child);
    }

    /// Empty when \a text is fine, else what of it is not data.
    QString untranslatedPart(const QString &shown) const
    {
        static const QRegularExpression separators(QStringLiteral("[\\s,;()\\[\\]/|·–—=]+"));
        QStringList left;
        for (const QString &run : outsideBrackets(shown)) {
            const QString trimmed = run.trimmed();
            // Rule 1: nothing with a letter (numbers, punctuation, the separators between
            // translated parts): nothing a translator could change.
            if (std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isLetter(); }))
                continue;
            // Rule 2: a whole data value (a VM's name, a description with spaces in it).
            if (m_values.contains(trimmed) || m_values.contains(stripPunctuation(trimmed)))
                continue;
            // Rule 3: made of data tokens only: values, numbers, units and clock words that
            // QLocale writes (sizes: formattedDataSize; dates: QLocale::ShortFormat).
            for (const QString &token : trimmed.split(separators, Qt::SkipEmptyParts)) {
                const QString bare = stripPunctuation(token);
                if (bare.isEmpty() || m_values.contains(token) || m_values.contains(bare) || isDataToken(bare))
                    continue;
                left.append(token);
            }
        }
        return left.join(QLatin1Char(' '));
    }

private:
    static QString stripPunctuation(const QString &token)
    {
        static const QRegularExpression edges(QStringLiteral("^[\\s\"'“”‘’«»:,.;…!?]+|[\\s\"'“”‘’«»:,.;…!?]+$"));
        return QString(token).remove(edges);
    }
    static bool isDataToken(const QString &token)
    {
        // Numbers in any locale, percentages, versions (4.7, 0.10), times (09:30).
        static const QRegularExpression number(QStringLiteral("^[+\\-−]?[0-9][0-9.,: \\x{202f}\\x{a0}]*%?$"));
        // Units and clock words written by QLocale (formattedDataSize, ShortFormat), not by us.
        static const QSet<QString> qlocaleWords{QStringLiteral("B"), QStringLiteral("bytes"), QStringLiteral("KiB"),
                                                 QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("TiB"),
                                                 QStringLiteral("PiB"), QStringLiteral("AM"), QStringLiteral("PM")};
        // Ids and hashes (UUIDs, SHA-256 fingerprints with colons).
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f:-]{8,}$"));
        return number.match(token).hasMatch() || qlocaleWords.contains(token) || hex.match(token).hasMatch()
            || localeDateWords().contains(token);
    }
    // Month and day names in dates QLocale writes (ShortFormat in the C locale: "10 Feb 2026").
    static const QSet<QString> &localeDateWords()
    {
        static const QSet<QString> words = [] {
            QSet<QString> set;
            const QLocale locale;
            for (int i = 1; i <= 12; ++i) {
                set << locale.monthName(i, QLocale::ShortFormat) << locale.monthName(i, QLocale::LongFormat);
                set << locale.standaloneMonthName(i, QLocale::ShortFormat) << locale.standaloneMonthName(i, QLocale::LongFormat);
            }
            for (int i = 1; i <= 7; ++i)
                set << locale.dayName(i, QLocale::ShortFormat) << locale.dayName(i, QLocale::LongFormat);
            return set;
        }();
        return words;
    }

    QSet<QString> m_values;
};

struct ShownText
{
    QString where;
    QString text;
};

QString describe(const QObject *object)
{
    QStringList chain;
    for (const QObject *o = object; o; o = o->parent()) {
        chain.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                : o->objectName());
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return chain.join(QLatin1Char('/'));
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void collectAction(QAction *action, QList<ShownText> *texts, QSet<QAction *> *seen)
{
    if (!action || seen->contains(action) || action->isSeparator())
        return;
    seen->insert(action);
    const QString where = QStringLiteral("action %1").arg(action->objectName().isEmpty() ? action->text() : action->objectName());
    texts->append({where + QStringLiteral(" text"), action->text()});
    // A tool tip Qt derives from the text is the text; only one set on purpose is checked.
    if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed())
        texts->append({where + QStringLiteral(" toolTip"), action->toolTip()});
    texts->append({where + QStringLiteral(" statusTip"), action->statusTip()});
    if (QMenu *menu = action->menu()) {
        texts->append({where + QStringLiteral(" menu title"), menu->title()});
        for (QAction *child : menu->actions())
            collectAction(child, texts, seen);
    }
}

/// Every text of \a root and its children a person can see: titles, labels, buttons, group
/// boxes, tabs, menus and actions, view headers, placeholders, tool tips, spin box affixes.
QList<ShownText> shownTexts(QWidget *root)
{
    QList<ShownText> texts;
    QSet<QAction *> seenActions;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        const QString where = QStringLiteral("%1 (%2)").arg(describe(widget), QString::fromLatin1(widget->metaObject()->className()));
        if (widget->isWindow())
            texts.append({where + QStringLiteral(" windowTitle"), widget->windowTitle()});
        texts.append({where + QStringLiteral(" toolTip"), plain(widget->toolTip())});
        texts.append({where + QStringLiteral(" whatsThis"), plain(widget->whatsThis())});
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append({where + QStringLiteral(" text"), plain(label->text())});
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Standard buttons of a button box: Qt's own text, translated by qtbase_*.qm.
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                texts.append({where + QStringLiteral(" text"), button->text()});
        }
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append({where + QStringLiteral(" title"), group->title()});
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts.append({where + QStringLiteral(" tab %1").arg(i), tabs->tabText(i)});
                texts.append({where + QStringLiteral(" tab %1 toolTip").arg(i), tabs->tabToolTip(i)});
            }
        }
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.append({where + QStringLiteral(" placeholderText"), edit->placeholderText()});
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            texts.append({where + QStringLiteral(" placeholderText"), edit->placeholderText()});
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            texts.append({where + QStringLiteral(" placeholderText"), edit->placeholderText()});
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            texts.append({where + QStringLiteral(" placeholderText"), combo->placeholderText()});
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            texts.append({where + QStringLiteral(" prefix"), spin->prefix()});
            texts.append({where + QStringLiteral(" suffix"), spin->suffix()});
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            texts.append({where + QStringLiteral(" specialValueText"), spin->specialValueText()});
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column) {
                texts.append({where + QStringLiteral(" header %1").arg(column), model->headerData(column, Qt::Horizontal).toString()});
                texts.append({where + QStringLiteral(" header %1 toolTip").arg(column),
                              plain(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString())});
            }
        }
        if (auto *bar = qobject_cast<QStatusBar *>(widget))
            texts.append({where + QStringLiteral(" message"), bar->currentMessage()});
        for (QAction *action : widget->actions())
            collectAction(action, &texts, &seenActions);
    }
    return texts;
}

QStringList untranslated(QWidget *root, const DataAllowList &allowed)
{
    QStringList problems;
    QSet<QString> reported;
    for (const ShownText &shown : shownTexts(root)) {
        const QString left = allowed.untranslatedPart(shown.text);
        if (left.isEmpty())
            continue;
        const QString line = QStringLiteral("%1: \"%2\" (not from tr(): \"%3\")").arg(shown.where, shown.text, left);
        if (!reported.contains(line)) {
            reported.insert(line);
            problems.append(line);
        }
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void committedFilesAreCurrent_data();
    void committedFilesAreCurrent();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void pseudoTranslationMarksTexts();
    void everyVisibleTextIsTranslated();

private:
    void checkDialog(QWidget *dialog, const QSize &size, const QStringList &dataValues, QStringList *problems);

    QTemporaryDir m_work;
    QString m_pseudoQm;
    QTranslator m_pseudo;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_work.isValid());
    QVERIFY2(!committedTsFiles().isEmpty(), "no translations/diskdesk_*.ts");

    // The pseudo-translation from the sources as they are now (not the committed files: this
    // checks tr(), the other functions check the files). Not named *_en.ts: that would extract
    // only the plural texts (update-translations.sh).
    const QString extracted = m_work.filePath(QStringLiteral("extracted.ts"));
    {
        QFile empty(extracted);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"en_US\"></TS>\n");
    }
    QString diagnostics;
    QVERIFY2(runLupdate({extracted}, &diagnostics), qPrintable(diagnostics));
    TsFile ts;
    QString error;
    QVERIFY2(readTs(extracted, &ts, &error), qPrintable(error));
    QVERIFY2(ts.messages.size() > 100, qPrintable(QString::number(ts.messages.size())));

    const QString pseudoTs = m_work.filePath(QStringLiteral("pseudo_en.ts"));
    QFile out(pseudoTs);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("en_US"));
    QString context;
    for (const TsMessage &message : std::as_const(ts.messages)) {
        if (message.context != context) {
            if (!context.isNull())
                xml.writeEndElement();
            context = message.context;
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), context);
        }
        xml.writeStartElement(QStringLiteral("message"));
        if (message.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), message.source);
        if (!message.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), message.comment);
        const QString pseudo = openBracket + message.source + closeBracket;
        xml.writeStartElement(QStringLiteral("translation"));
        if (message.numerus) {
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo);
            xml.writeTextElement(QStringLiteral("numerusform"), pseudo);
        } else {
            xml.writeCharacters(pseudo);
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
    }
    if (!context.isNull())
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    out.close();

    m_pseudoQm = m_work.filePath(QStringLiteral("pseudo_en.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(DISKDESK_LRELEASE_EXE), {QStringLiteral("-silent"), pseudoTs, QStringLiteral("-qm"), m_pseudoQm});
    QVERIFY(lrelease.waitForFinished(60000));
    QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
    QVERIFY2(m_pseudo.load(m_pseudoQm), qPrintable(m_pseudoQm));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_pseudo);
}

void TestTranslations::committedFilesAreCurrent_data()
{
    QTest::addColumn<QString>("committed");
    for (const QString &file : committedTsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::committedFilesAreCurrent()
{
    QFETCH(QString, committed);
    TsFile before;
    QString error;
    QVERIFY2(readTs(committed, &before, &error), qPrintable(error));

    const QString copy = m_work.filePath(QStringLiteral("current_") + QFileInfo(committed).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(committed, copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString diagnostics;
    QVERIFY2(runLupdate({copy}, &diagnostics), qPrintable(diagnostics));
    TsFile after;
    QVERIFY2(readTs(copy, &after, &error), qPrintable(error));

    QStringList problems;
    if (!diagnostics.isEmpty())
        problems.append(QStringLiteral("lupdate cannot place some tr() calls:\n    ") + diagnostics);
    QSet<QString> current;
    for (const TsMessage &message : std::as_const(after.messages)) {
        current.insert(message.key());
        if (!message.finished())
            problems.append(QStringLiteral("new or unfinished: ") + message.label());
    }
    for (const TsMessage &message : std::as_const(before.messages)) {
        if (!current.contains(message.key()))
            problems.append(QStringLiteral("vanished from the sources, still in the file: ") + message.label());
    }
    if (!problems.isEmpty()) {
        problems.prepend(QStringLiteral("%1 is out of date or incomplete (%2 problems). Run "
                                        "`bash tools/update-translations.sh`, translate what is unfinished "
                                        "(Qt Linguist or tools/ts-fill.py) and commit the file:")
                             .arg(QFileInfo(committed).fileName())
                             .arg(problems.size()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::placeholdersMatch_data()
{
    committedFilesAreCurrent_data();
}

void TestTranslations::placeholdersMatch()
{
    QFETCH(QString, committed);
    TsFile ts;
    QString error;
    QVERIFY2(readTs(committed, &ts, &error), qPrintable(error));
    const int forms = ts.language.startsWith(QLatin1String("ja")) ? 1 : 2;
    QStringList problems;
    int checked = 0;
    for (const TsMessage &message : std::as_const(ts.messages)) {
        if (!message.finished())
            continue;
        ++checked;
        const QStringList wanted = placeholdersOf(message.source);
        if (message.numerus && message.translations.size() != forms) {
            problems.append(QStringLiteral("%1: %2 plural forms, %3 has %4")
                                .arg(message.label()).arg(message.translations.size()).arg(ts.language).arg(forms));
        }
        for (const QString &translation : message.translations) {
            const QStringList got = placeholdersOf(translation);
            if (got != wanted) {
                problems.append(QStringLiteral("%1 → \"%2\": placeholders %3 in the source, %4 in the translation")
                                    .arg(message.label(), translation, wanted.join(QLatin1Char(' ')), got.join(QLatin1Char(' '))));
            }
        }
    }
    qInfo("%s: %d finished translations checked", qPrintable(QFileInfo(committed).fileName()), checked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::pseudoTranslationMarksTexts()
{
    // The checker itself: a text through tr() passes, one around it does not, data passes.
    QCoreApplication::installTranslator(&m_pseudo);
    const QString translated = MainWindow::tr("&File");
    QCoreApplication::removeTranslator(&m_pseudo);
    QCOMPARE(translated, openBracket + QStringLiteral("&File") + closeBracket);
    DataAllowList allowed;
    allowed.addValue(QStringLiteral("web-01"));
    QCOMPARE(allowed.untranslatedPart(translated), QString());
    QCOMPARE(allowed.untranslatedPart(QStringLiteral("web-01")), QString());
    QCOMPARE(allowed.untranslatedPart(QStringLiteral("20 GiB")), QString());
    QCOMPARE(allowed.untranslatedPart(openBracket + QStringLiteral("Disks of web-01") + closeBracket + QStringLiteral(" (3)")), QString());
    QCOMPARE(allowed.untranslatedPart(QStringLiteral("&Close")), QStringLiteral("Close"));
    QCOMPARE(allowed.untranslatedPart(QStringLiteral("web-01 disks")), QStringLiteral("disks"));
}

void TestTranslations::checkDialog(QWidget *dialog, const QSize &size, const QStringList &dataValues, QStringList *problems)
{
    DataAllowList allowed;
    for (const QString &value : dataValues)
        allowed.addValue(value);
    dialog->resize(size);
    dialog->show();
    QCoreApplication::processEvents();
    problems->append(untranslated(dialog, allowed));
    dialog->hide();
}

void TestTranslations::everyVisibleTextIsTranslated()
{
    QCoreApplication::installTranslator(&m_pseudo);
    QStringList problems;

    // --- the main window against the lab's demo inventory ---
    {
        LabProcess lab;
        LabProcess::Options options;
        options.fixedTime = QStringLiteral("2026-03-02T09:30:00Z");
        QVERIFY2(lab.start(options), qPrintable(lab.errorString()));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();

        // Data rule: every value the manager sends (names, ids, descriptions, statuses as the
        // API spells them) may appear as it is.
        DataAllowList allowed;
        LabApi api(lab);
        for (const QString &collection : {QStringLiteral("vms"), QStringLiteral("disks"), QStringLiteral("storagedomains"),
                                          QStringLiteral("datacenters"), QStringLiteral("clusters"), QStringLiteral("hosts"),
                                          QStringLiteral("templates")}) {
            const LabApi::Reply reply = api.call("GET", QLatin1Char('/') + collection);
            QVERIFY2(reply.status == 200, qPrintable(collection));
            allowed.addXml(reply.xml());
        }
        // The address and user the window says it is connected to.
        allowed.addValue(lab.apiUrl().toDisplayString());
        allowed.addValue(lab.apiUrl().host());
        allowed.addValue(QStringLiteral("admin@internal"));

        Client client;
        client.setApiUrl(lab.apiUrl());
        std::optional<Result<ApiRoot>> login;
        client.login(QStringLiteral("admin@internal"), lab.password(), this,
                     [&](Result<ApiRoot> result) { login = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), loadTimeoutMs);
        QVERIFY2(login->ok(), qPrintable(login->error->text()));

        MainWindow window(&client);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), loadTimeoutMs);
        // A VM selected: its disks, snapshots and the details panes are filled.
        if (auto *vmTable = window.findChild<QTableView *>(QStringLiteral("vmTable")); vmTable && vmTable->model()->rowCount() > 0) {
            vmTable->selectRow(0);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), loadTimeoutMs);
        }
        // The qcow2 compat window (View menu), loaded.
        if (auto *action = window.findChild<QAction *>(QStringLiteral("compatDisksAction"))) {
            action->trigger();
            if (auto *compat = window.findChild<CompatLevelsWindow *>()) {
                QTest::qWait(2000);
                problems.append(untranslated(compat, allowed));
                compat->close();
            }
        }
        problems.append(untranslated(&window, allowed));
        window.close();
        lab.stop();
    }

    // --- every dialog, built from the test entities; their names are data ---
    {
        ConnectionDialog dialog;
        checkDialog(&dialog, dialog.sizeHint(), {}, &problems);
    }
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile production;
        production.name = QStringLiteral("Production");
        production.address = QStringLiteral("engine.example.com");
        store.save(production);
        ProfileDialog dialog(&store);
        checkDialog(&dialog, QSize(760, 380), {production.name, production.address}, &problems);
    }
    {
        QFile file(QStringLiteral(DISKDESK_TEST_DATA "/connection/engine-ca.pem"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSslCertificate ca(file.readAll(), QSsl::Pem);
        TrustCertificateDialog dialog;
        dialog.setCertificate(QStringLiteral("engine.example.com"), ca);
        dialog.setUntrustedErrors({QSslError(QSslError::SelfSignedCertificateInChain, ca)});
        // The certificate's own names (subject, issuer) are data.
        checkDialog(&dialog, QSize(640, 260),
                    {TrustPolicy::subjectText(ca), TrustPolicy::issuerText(ca), TrustPolicy::fingerprint(ca)}, &problems);
    }
    {
        using namespace SnapshotTestData;
        QStringList names;
        for (const Disk &disk : currentDisks())
            names << disk.alias << disk.id; // a disk column's tool tip names its id
        for (const Snapshot &snapshot : snapshots())
            names << snapshot.description;
        names << vm(VmStatus::Up).name;
        CreateSnapshotDialog create(vm(VmStatus::Up), currentDisks(), snapshots());
        checkDialog(&create, QSize(620, 420), names, &problems);
        PreviewSnapshotDialog preview(vm(VmStatus::Down), snapshots().at(2), snapshotDisks().value(QStringLiteral("s-2")),
                                      QStringLiteral("s-active"), currentDisks());
        checkDialog(&preview, preview.sizeHint().expandedTo(QSize(640, 0)), names, &problems);
        CustomPreviewDialog custom(vm(VmStatus::Down), snapshots(), snapshotDisks(), currentDisks(), QStringLiteral("s-1"));
        checkDialog(&custom, QSize(860, 520), names, &problems);
        const QList<Snapshot> list = previewingSnapshots();
        const QList<Disk> previewedDisks = {snapshotDisks().value(QStringLiteral("s-2")).first()};
        CommitSnapshotDialog commit(CommitSnapshotDialog::Mode::Commit, list.at(2),
                                    CommitErasure::forCommit(list, previewingSnapshotDisks(), previewedDisks));
        checkDialog(&commit, commit.sizeHint().expandedTo(QSize(620, 0)), names, &problems);
    }
    {
        using namespace AmendTestData;
        QStringList names;
        for (const auto &candidate : {legacyApp(), dbData(), mailDisk()})
            names << candidate.disk.alias;
        AmendDialog dialog(DisksPage::tr("the %n selected disks", nullptr, 3), {legacyApp(), dbData(), mailDisk()});
        checkDialog(&dialog, QSize(900, 560), names, &problems);
    }
    {
        using namespace AttachTestData;
        QStringList names;
        for (const Disk &disk : disks())
            names << disk.alias << disk.id;
        for (const StorageDomain &domain : storageDomains())
            names << domain.name;
        for (const Host &host : hosts())
            names << host.name;
        names << QStringLiteral("build-01") << QStringLiteral("web-02");
        AttachDiskDialog attach(vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, disks(), usage());
        checkDialog(&attach, QSize(1180, 420), names, &problems);
        attach.showLuns(true);
        checkDialog(&attach, QSize(1180, 420), names, &problems);
        NewDiskDialog image(nullptr, vm(QStringLiteral("web-02"), VmStatus::Up), {}, {}, storageDomains(), hosts(), disks(), usage());
        checkDialog(&image, QSize(720, 430), names, &problems);
        NewDiskDialog lun(nullptr, vm(QStringLiteral("build-01"), VmStatus::Down), build01Attachments(), {}, storageDomains(), hosts(),
                          disks(), usage());
        lun.setMode(NewDiskDialog::Mode::DirectLun);
        lun.setHost(QStringLiteral("host-a-id"));
        lun.setTargets(targets());
        lun.setLoggedIn(DisksIqn, true);
        lun.setLuns(hostLuns());
        checkDialog(&lun, QSize(960, 800), names, &problems);
        DiskUsageDialog usageDialog(sharedData());
        usageDialog.setUses(usage().value(QStringLiteral("sh")));
        checkDialog(&usageDialog, QSize(560, 260), names, &problems);
        UploadDiskDialog upload(storageDomains());
        checkDialog(&upload, QSize(640, 360), names, &problems);
    }
    {
        // A data center on 4.7 that may go to 4.8, its cluster on 4.6 and a V3 data domain.
        const DataCenter dc = AmendTestData::dataCenterAt47();
        const Cluster cluster = AmendTestData::clusterAt(6);
        const StorageDomain legacy = AmendTestData::dataDomains().constFirst();
        const QStringList names{dc.name, legacy.name};
        UpgradeVersionDialog upgradeDc(dc, {cluster}, {legacy});
        checkDialog(&upgradeDc, upgradeDc.sizeHint().expandedTo(QSize(640, 0)), names, &problems);
        UpgradeVersionDialog upgradeCluster(cluster, dc);
        checkDialog(&upgradeCluster, upgradeCluster.sizeHint().expandedTo(QSize(640, 0)), names, &problems);
    }
    {
        PreferencesDialog dialog;
        checkDialog(&dialog, dialog.sizeHint(), {}, &problems);
    }

    QCoreApplication::removeTranslator(&m_pseudo);
    qInfo("%lld texts not from tr()", qlonglong(problems.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Visible texts that do not go through tr():\n  ")
                                            + problems.join(QStringLiteral("\n  "))));
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
