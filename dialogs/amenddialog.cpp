#include "amenddialog.h"

#include "amendplanmodel.h"
#include "client.h"
#include "dialogparts.h"
#include "diskamend.h"
#include "operationtracker.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

AmendDialog::AmendDialog(const QString &scope, const QList<AmendCandidate> &candidates, QWidget *parent)
    : QDialog(parent)
    , m_plan(new AmendPlanModel(this))
{
    setObjectName(QStringLiteral("amendDialog"));
    setWindowTitle(tr("Amend qcow2 Compat Level"));

    QList<AmendRules::Verdict> verdicts;
    int volumes = 0;
    for (const AmendCandidate &candidate : candidates) {
        const AmendRules::Verdict verdict = AmendRules::evaluate(candidate);
        if (verdict.amendable()) {
            m_amendable.append(candidate);
            verdicts.append(verdict);
            volumes += verdict.changeCount();
        } else {
            m_leftOut.append({candidate.disk.alias, verdict.text});
        }
    }
    m_plan->setPlan(m_amendable, verdicts);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    if (m_amendable.isEmpty()) {
        m_summaryLabel->setText(tr("None of %1 can be amended.").arg(scope));
    } else {
        const QString disks = m_amendable.size() == 1 ? tr("1 disk") : tr("%n disks", nullptr, int(m_amendable.size()));
        const QString volumeCount = volumes == 1 ? tr("1 volume") : tr("%n volumes", nullptr, int(volumes));
        m_summaryLabel->setText(tr("%1 of %2 will be amended to qcow2 compat 1.1, %3 in all (bold below). Each disk is locked while the "
                                   "manager amends its volumes, older snapshots included; the data they hold does not change.")
                                    .arg(disks, scope, volumeCount));
    }

    m_planTable = new QTableView(this);
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->setAccessibleName(tr("Volumes to amend"));
    m_planTable->setModel(m_plan);
    m_planTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_planTable->setFocusPolicy(Qt::NoFocus);
    m_planTable->verticalHeader()->hide();
    m_planTable->setShowGrid(false);
    m_planTable->setWordWrap(false);
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_planTable->resizeColumnsToContents();
    // The progress column takes what is left (stretched), the others their contents.
    m_planTable->setVisible(!m_amendable.isEmpty());

    m_leftOutLabel = new QLabel(tr("Left out:"), this);
    m_leftOutLabel->setObjectName(QStringLiteral("leftOutLabel"));
    m_leftOutView = new QTextBrowser(this);
    m_leftOutView->setObjectName(QStringLiteral("leftOutView"));
    m_leftOutView->setAccessibleName(tr("Disks left out"));
    QString html;
    for (const auto &[alias, reason] : std::as_const(m_leftOut))
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\"><b>%1</b> \u2014 %2</p>").arg(alias.toHtmlEscaped(), reason.toHtmlEscaped());
    m_leftOutView->setHtml(html);
    // About two lines per disk left out, a few disks before it scrolls.
    m_leftOutView->setMaximumHeight(m_leftOut.isEmpty() ? 0 : int(qMin<qsizetype>(m_leftOut.size(), 4)) * 36 + 12);
    m_leftOutLabel->setVisible(!m_leftOut.isEmpty());
    m_leftOutView->setVisible(!m_leftOut.isEmpty());

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Amend progress"));
    m_progressBar->setRange(0, int(m_amendable.size()));
    m_progressBar->setValue(0);
    m_progressBar->setFormat(tr("%v of %m disks done"));
    m_progressBar->setVisible(false);

    m_hintLabel = DialogParts::hintLabel(this, tr("Hint"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_amendButton = DialogParts::named(m_buttons->addButton(tr("Amend"), QDialogButtonBox::AcceptRole),
                                       QStringLiteral("amendButton"), tr("Amend"));
    m_closeButton = DialogParts::named(m_buttons->addButton(QDialogButtonBox::Cancel),
                                       QStringLiteral("closeButton"), tr("Cancel"));
    connect(m_amendButton, &QPushButton::clicked, this, &AmendDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_started)
            accept();
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_planTable, 1);
    layout->addWidget(m_leftOutLabel);
    layout->addWidget(m_leftOutView);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttons);
    resize(760, m_amendable.isEmpty() ? 300 : 460);
    updateWidgets();
}

void AmendDialog::setClient(Client *client, QObject *trackerParent)
{
    m_client = client;
    m_trackerParent = trackerParent;
    updateWidgets();
}

QString AmendDialog::validationError() const
{
    if (m_amendable.isEmpty())
        return tr("Nothing to amend: every disk is left out, for the reason given.");
    if (!m_client)
        return tr("Not connected to a manager.");
    return {};
}

void AmendDialog::updateWidgets()
{
    const QString error = validationError();
    m_amendButton->setEnabled(error.isEmpty() && !m_started);
    m_amendButton->setVisible(!m_started);
    if (m_started) {
        if (m_running > 0)
            m_hintLabel->setText(tr("Amending\u2026 You may close this window: the Tasks pane follows the amends to their end."));
        else if (m_failed == 0)
            m_hintLabel->setText(m_succeeded == 1 ? tr("The disk is amended.") : tr("All %n disks are amended.", nullptr, int(m_succeeded)));
        else
            m_hintLabel->setText(tr("%1 amended, %2 failed: see the manager's messages above.").arg(m_succeeded).arg(m_failed));
    } else {
        m_hintLabel->setText(error);
    }
    m_hintLabel->setVisible(!m_hintLabel->text().isEmpty());
}

void AmendDialog::start()
{
    if (m_started || !validationError().isEmpty())
        return;
    m_started = true;
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_progressBar->setVisible(true);
    QObject *owner = m_trackerParent ? m_trackerParent.data() : this;
    for (const AmendCandidate &candidate : std::as_const(m_amendable)) {
        // A disk of one VM goes through its attachment, as the feature page shows; a disk of
        // several VMs or of none through /disks/{id}.
        const QString vmId = candidate.vms.size() == 1 ? candidate.vms.first().vmId : QString();
        const QString diskId = candidate.id();
        OperationTracker *tracker = DiskAmend::start(m_client, vmId, diskId, candidate.disk.alias, QcowVersion::Qcow2V3, owner);
        ++m_running;
        m_plan->setProgress(diskId, AmendPlanModel::State::Running, tr("Sent"));
        connect(tracker, &OperationTracker::progress, this, [this, diskId](const QString &phase) {
            m_plan->setProgress(diskId, AmendPlanModel::State::Running, phase);
        });
        connect(tracker, &OperationTracker::finished, this, [this, diskId](bool ok, const QString &message) {
            trackerFinished(diskId, ok, message);
        });
        emit trackerStarted(tracker);
    }
    updateWidgets();
}

void AmendDialog::trackerFinished(const QString &diskId, bool ok, const QString &message)
{
    m_plan->setProgress(diskId, ok ? AmendPlanModel::State::Succeeded : AmendPlanModel::State::Failed, message);
    --m_running;
    ok ? ++m_succeeded : ++m_failed;
    m_progressBar->setValue(m_succeeded + m_failed);
    updateWidgets();
    if (m_running == 0)
        emit allFinished(m_succeeded, m_failed);
}
