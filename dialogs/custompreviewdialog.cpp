#include "custompreviewdialog.h"

#include "custompreviewdelegate.h"
#include "custompreviewmodel.h"
#include "dialogparts.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const QColor warningColor(0xc0, 0x1c, 0x28);

} // namespace

CustomPreviewDialog::CustomPreviewDialog(const Vm &vm, const QList<Snapshot> &snapshots,
                                         const QHash<QString, QList<Disk>> &snapshotDisks,
                                         const QList<Disk> &currentDisks,
                                         const QString &selectedSnapshotId, QWidget *parent)
    : QDialog(parent)
    , m_vm(vm)
    , m_model(new CustomPreviewModel(this))
{
    setObjectName(QStringLiteral("customPreviewDialog"));
    setWindowTitle(tr("Custom Preview Snapshot"));
    m_model->setSnapshots(snapshots, snapshotDisks, currentDisks);
    m_model->selectRow(m_model->rowOf(selectedSnapshotId));

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_warningLabel->setWordWrap(true);
    QPalette warningPalette = m_warningLabel->palette();
    warningPalette.setColor(QPalette::WindowText, warningColor);
    m_warningLabel->setPalette(warningPalette);

    auto *tableTitle = new QLabel(tr("Double-click to select an entire row"), this);
    tableTitle->setObjectName(QStringLiteral("tableTitleLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Snapshots by VM configuration, memory and disk"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CustomPreviewDelegate(CustomPreviewModel::ConfigurationColumn,
                                                       m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomPreviewModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(72);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->setCurrentIndex(m_model->index(0, CustomPreviewModel::ConfigurationColumn));
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { m_model->selectRow(index.row()); });

    auto *resultGroup = new QGroupBox(tr("Result"), this);
    resultGroup->setObjectName(QStringLiteral("resultGroup"));
    m_resultLabel = new QLabel(resultGroup);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setAccessibleName(tr("Result"));
    m_resultLabel->setTextFormat(Qt::RichText);
    m_resultLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *resultLayout = new QVBoxLayout(resultGroup);
    resultLayout->addWidget(m_resultLabel);

    m_hintLabel = DialogParts::hintLabel(this, tr("Hint"));

    auto *buttons = DialogParts::okCancelButtons(this, tr("Preview"), tr("Cancel"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Preview"));
    m_okButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warningLabel);
    layout->addWidget(tableTitle);
    layout->addWidget(m_table, 1);
    layout->addWidget(resultGroup);
    layout->addWidget(m_hintLabel);
    layout->addWidget(buttons);

    DialogParts::acceptWhenValid(this, buttons, [this] { return validationError(); });
    connect(m_model, &CustomPreviewModel::choiceChanged, this, &CustomPreviewDialog::updateWidgets);

    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 30);
    updateWidgets();
}

bool CustomPreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter picks the current row, like a double-click, instead of closing the dialog.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_table->currentIndex().isValid()) {
            m_model->selectRow(m_table->currentIndex().row());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString CustomPreviewDialog::validationError() const
{
    return m_model->validationError();
}

PreviewSnapshotRequest CustomPreviewDialog::request() const
{
    return m_model->request(m_vm.id);
}

void CustomPreviewDialog::updateWidgets()
{
    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    const QStringList warnings = m_model->warnings();
    m_warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!warnings.isEmpty());

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const CustomPreviewModel::ResultLine &line : m_model->result()) {
        const QString source = line.excluded
                                   ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                         .arg(warningColor.name(), line.source.toHtmlEscaped())
                                   : line.source.toHtmlEscaped();
        html += QStringLiteral("<tr><td><b>%1</b></td><td width=\"12\"></td><td>%2</td></tr>")
                    .arg(line.part.toHtmlEscaped(), source);
    }
    html += QStringLiteral("</table>");
    m_resultLabel->setText(html);

    m_hintLabel->setText(error.isEmpty()
                             ? tr("Preview runs the VM on this state; commit keeps it, undo "
                                  "returns to the Active VM.")
                             : error);
}
