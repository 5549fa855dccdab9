#include "commitsnapshotdialog.h"

#include "displaytext.h"
#include "snapshotdiskrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

CommitSnapshotDialog::CommitSnapshotDialog(Mode mode, const Snapshot &snapshot,
                                           const CommitErasure &erasure, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_snapshot(snapshot)
    , m_erasure(erasure)
{
    setObjectName(QStringLiteral("commitSnapshotDialog"));
    setWindowTitle(mode == Mode::Commit ? tr("Commit Snapshot") : tr("Restore Snapshot"));

    auto *questionLabel = new QLabel(question(), this);
    questionLabel->setObjectName(QStringLiteral("questionLabel"));
    questionLabel->setWordWrap(true);

    auto *erasedLabel = new QLabel(this);
    erasedLabel->setObjectName(QStringLiteral("erasedLabel"));
    erasedLabel->setWordWrap(true);

    m_erasedList = new QListWidget(this);
    m_erasedList->setObjectName(QStringLiteral("erasedList"));
    m_erasedList->setAccessibleName(tr("What will be erased"));
    m_erasedList->setSelectionMode(QAbstractItemView::NoSelection);
    m_erasedList->setFocusPolicy(Qt::NoFocus);
    const QStringList items = erasedItems();
    m_erasedList->addItems(items);
    m_erasedList->setVisible(!items.isEmpty());
    m_erasedList->setMaximumHeight(m_erasedList->fontMetrics().height() * 10);
    erasedLabel->setText(items.isEmpty() ? tr("Nothing else will be erased.")
                                         : tr("This will erase:"));

    auto *backupLabel = new QLabel(
        tr("Commit will invalidate previous incremental backups, full backup will be required."),
        this);
    backupLabel->setObjectName(QStringLiteral("backupLabel"));
    backupLabel->setWordWrap(true);

    m_memoryCheck = new QCheckBox(tr("Restore &Memory"), this);
    m_memoryCheck->setObjectName(QStringLiteral("restoreMemoryCheck"));
    m_memoryCheck->setAccessibleName(tr("Restore Memory"));
    m_memoryCheck->setChecked(mode == Mode::Restore && snapshot.persistMemorystate);
    m_memoryCheck->setVisible(mode == Mode::Restore && snapshot.persistMemorystate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(mode == Mode::Commit ? tr("Commit") : tr("Restore"));
    m_okButton->setAccessibleName(m_okButton->text());
    m_okButton->setEnabled(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    // Destroying data is never the default answer.
    cancel->setDefault(true);
    m_okButton->setAutoDefault(false);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(questionLabel);
    text->addWidget(erasedLabel);
    text->addWidget(m_erasedList);
    text->addWidget(backupLabel);
    text->addWidget(m_memoryCheck);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateWidgets();
}

QString CommitSnapshotDialog::question() const
{
    const QString date = DisplayText::dateTime(m_snapshot.date);
    if (m_mode == Mode::Commit)
        return tr("Are you sure you want to commit snapshot from %1 with description '%2'? "
                  "Existing snapshots that were taken after this one will be erased.")
            .arg(date, m_snapshot.description);
    return tr("Are you sure you want to restore snapshot from %1 with description '%2'? "
              "The VM returns to that state; existing snapshots that were taken after this one "
              "will be erased.")
        .arg(date, m_snapshot.description);
}

QStringList CommitSnapshotDialog::erasedItems() const
{
    QStringList items;
    for (const Snapshot &snapshot : m_erasure.snapshots)
        items.append(tr("Snapshot '%1' from %2")
                         .arg(snapshot.description, DisplayText::dateTime(snapshot.date)));
    for (const Disk &disk : m_erasure.disks)
        items.append(tr("Disk %1 (excluded from the preview): deleted")
                         .arg(SnapshotDiskRules::aliasOf(disk)));
    if (m_mode == Mode::Commit)
        items.append(tr("The state of the VM before the preview (Active VM before the preview)"));
    return items;
}

bool CommitSnapshotDialog::restoreMemory() const
{
    return m_mode == Mode::Restore && m_snapshot.persistMemorystate && m_memoryCheck->isChecked();
}

void CommitSnapshotDialog::updateWidgets()
{
    // A confirmation has nothing to fill in; OK follows the same path as every dialog.
    m_okButton->setEnabled(true);
}
