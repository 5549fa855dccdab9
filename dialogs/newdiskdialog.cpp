#include "newdiskdialog.h"

#include "client.h"
#include "dialogparts.h"
#include "diskattachrules.h"
#include "displaytext.h"
#include "readonlymodeselector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr qint64 GiB = qint64(1) << 30;
const QColor warningColor(0xc0, 0x1c, 0x28);

enum TargetColumn { TgName, TgAddress, TgPort, TgLogin, TgColumnCount };
enum LunColumn { LnId, LnSize, LnVendor, LnProduct, LnSerial, LnPaths, LnProtection, LnUsedBy, LnColumnCount };

QTableWidget *createTable(const QString &objectName, const QString &accessibleName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table (to its Login buttons and on); arrows move between cells.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *item(const QString &text, bool rightAligned = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (rightAligned)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

NewDiskDialog::NewDiskDialog(Client *client, const Vm &vm, const QList<DiskAttachment> &vmAttachments,
                             const QList<Snapshot> &snapshots, const QList<StorageDomain> &storageDomains,
                             const QList<Host> &hosts, const QList<Disk> &disks,
                             const QHash<QString, QList<DiskUse>> &usage, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_vm(vm)
    , m_vmAttachments(vmAttachments)
    , m_snapshots(snapshots)
    , m_storageDomains(storageDomains)
    , m_disks(disks)
    , m_usage(usage)
{
    setObjectName(QStringLiteral("newDiskDialog"));
    setWindowTitle(tr("New Virtual Disk"));

    const DialogParts::DiskTypeChoice type =
        DialogParts::diskTypeChoice(this, tr("&Image"), tr("Image disk"), tr("&Direct LUN"), tr("Direct LUN disk"));
    m_imageRadio = type.image;
    m_lunRadio = type.lun;

    // The fields both modes share.
    m_aliasEdit = new QLineEdit(QStringLiteral("%1_Disk%2").arg(vm.name).arg(vmAttachments.size() + 1), this);
    m_aliasEdit->setObjectName(QStringLiteral("aliasEdit"));
    m_aliasEdit->setAccessibleName(tr("Alias"));
    m_aliasEdit->setMaxLength(255);
    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));
    m_descriptionEdit->setMaxLength(500);
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(QStringLiteral("interfaceCombo"));
    m_interfaceCombo->setAccessibleName(tr("Interface"));
    for (DiskInterface i : DiskAttachRules::interfaces())
        m_interfaceCombo->addItem(DisplayText::diskInterface(i), int(i));
    m_readOnlySelector = new ReadOnlyModeSelector(this);
    m_bootableCheck = new QCheckBox(tr("&Bootable"), this);
    m_bootableCheck->setObjectName(QStringLiteral("bootableCheck"));
    m_bootableCheck->setAccessibleName(tr("Bootable"));
    // The portal makes a new VM disk bootable when the VM has no boot disk yet.
    m_bootableCheck->setChecked(DiskAttachRules::bootableRefusal(DiskAttachRules::Action::Add, vm, vmAttachments, true).isEmpty());
    m_shareableCheck = new QCheckBox(tr("&Shareable"), this);
    m_shareableCheck->setObjectName(QStringLiteral("shareableCheck"));
    m_shareableCheck->setAccessibleName(tr("Shareable"));
    m_activateCheck = new QCheckBox(tr("A&ctivate Disk"), this);
    m_activateCheck->setObjectName(QStringLiteral("activateCheck"));
    m_activateCheck->setAccessibleName(tr("Activate Disk"));
    m_activateCheck->setChecked(true);

    auto *common = new QFormLayout;
    common->addRow(tr("&Alias:"), m_aliasEdit);
    common->addRow(tr("D&escription:"), m_descriptionEdit);
    common->addRow(tr("I&nterface:"), m_interfaceCombo);
    common->addRow(tr("&Read-only:"), m_readOnlySelector);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_bootableCheck);
    flags->addWidget(m_shareableCheck);
    flags->addWidget(m_activateCheck);
    flags->addStretch();
    common->addRow(QString(), flags);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("modeStack"));
    m_stack->addWidget(createImagePage());
    m_stack->addWidget(createLunPage());
    const QSignalBlocker hostBlocker(m_hostCombo); // the labels below do not exist yet
    for (const Host &host : hosts) {
        if (host.status == HostStatus::Up)
            m_hostCombo->addItem(host.name, host.id);
    }

    m_noteLabel = DialogParts::noteLabel(this);
    m_hintLabel = DialogParts::hintLabel(this, tr("Hint"));

    auto *buttons = DialogParts::okCancelButtons(this, tr("OK"), tr("Cancel"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(type.row);
    layout->addLayout(common);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(buttons);

    DialogParts::acceptWhenValid(this, buttons, [this] { return validationError(); });
    // The hidden mode's page must not size the dialog (the LUN page is far taller).
    m_stack->widget(1)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    connect(m_lunRadio, &QRadioButton::toggled, this, [this](bool lun) {
        m_stack->widget(0)->setSizePolicy(lun ? QSizePolicy::Ignored : QSizePolicy::Preferred,
                                          lun ? QSizePolicy::Ignored : QSizePolicy::Preferred);
        m_stack->widget(1)->setSizePolicy(lun ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          lun ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->setCurrentIndex(lun ? 1 : 0);
        if (lun && m_luns.isEmpty())
            reloadLuns();
        updateWidgets();
    });
    connect(m_aliasEdit, &QLineEdit::textChanged, this, &NewDiskDialog::updateWidgets);
    connect(m_interfaceCombo, &QComboBox::currentIndexChanged, this, &NewDiskDialog::updateWidgets);
    connect(m_readOnlySelector, &ReadOnlyModeSelector::modeChanged, this, &NewDiskDialog::updateWidgets);
    for (QCheckBox *check : {m_bootableCheck, m_shareableCheck, m_activateCheck})
        connect(check, &QCheckBox::toggled, this, &NewDiskDialog::updateWidgets);
    updateWidgets();
}

QWidget *NewDiskDialog::createImagePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("imagePage"));
    m_sizeSpin = new QSpinBox(page);
    m_sizeSpin->setObjectName(QStringLiteral("sizeSpin"));
    m_sizeSpin->setAccessibleName(tr("Size (GiB)"));
    m_sizeSpin->setRange(0, 8192);
    m_sizeSpin->setValue(1);
    m_domainCombo = new QComboBox(page);
    m_domainCombo->setObjectName(QStringLiteral("storageDomainCombo"));
    m_domainCombo->setAccessibleName(tr("Storage Domain"));
    DialogParts::addDataDomains(m_domainCombo, m_storageDomains, tr("%1 (%2 free)"));
    m_formatCombo = new QComboBox(page);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->setAccessibleName(tr("Format"));
    m_formatCombo->addItem(DisplayText::diskFormat(DiskFormat::Cow), int(DiskFormat::Cow));
    m_formatCombo->addItem(DisplayText::diskFormat(DiskFormat::Raw), int(DiskFormat::Raw));
    m_allocationCombo = new QComboBox(page);
    m_allocationCombo->setObjectName(QStringLiteral("allocationCombo"));
    m_allocationCombo->setAccessibleName(tr("Allocation Policy"));
    m_allocationCombo->addItem(DisplayText::allocation(true), true);
    m_allocationCombo->addItem(DisplayText::allocation(false), false);

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Si&ze (GiB):"), m_sizeSpin);
    form->addRow(tr("S&torage Domain:"), m_domainCombo);
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("A&llocation Policy:"), m_allocationCombo);
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, &NewDiskDialog::updateWidgets);
    for (QComboBox *combo : {m_domainCombo, m_formatCombo, m_allocationCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &NewDiskDialog::updateWidgets);
    return page;
}

QWidget *NewDiskDialog::createLunPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("lunPage"));
    m_hostCombo = new QComboBox(page);
    m_hostCombo->setObjectName(QStringLiteral("hostCombo"));
    m_hostCombo->setAccessibleName(tr("Host"));

    auto *discovery = new QGroupBox(tr("Discover Targets"), page);
    discovery->setObjectName(QStringLiteral("discoverGroup"));
    m_addressEdit = new QLineEdit(discovery);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setAccessibleName(tr("Address"));
    m_portSpin = new QSpinBox(discovery);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setAccessibleName(tr("Port"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setValue(3260);
    m_chapGroup = new QGroupBox(tr("User Authentication"), discovery);
    m_chapGroup->setObjectName(QStringLiteral("chapGroup"));
    m_chapGroup->setCheckable(true);
    m_chapGroup->setChecked(false);
    m_chapUserEdit = new QLineEdit(m_chapGroup);
    m_chapUserEdit->setObjectName(QStringLiteral("chapUserEdit"));
    m_chapUserEdit->setAccessibleName(tr("CHAP username"));
    m_chapPasswordEdit = new QLineEdit(m_chapGroup);
    m_chapPasswordEdit->setObjectName(QStringLiteral("chapPasswordEdit"));
    m_chapPasswordEdit->setAccessibleName(tr("CHAP password"));
    m_chapPasswordEdit->setEchoMode(QLineEdit::Password);
    auto *chapForm = new QFormLayout(m_chapGroup);
    chapForm->addRow(tr("CHAP &username:"), m_chapUserEdit);
    chapForm->addRow(tr("CHAP pass&word:"), m_chapPasswordEdit);
    m_discoverButton = new QPushButton(tr("Disco&ver"), discovery);
    m_discoverButton->setObjectName(QStringLiteral("discoverButton"));
    m_discoverButton->setAccessibleName(tr("Discover"));
    auto *discoveryForm = new QFormLayout;
    discoveryForm->addRow(tr("Add&ress:"), m_addressEdit);
    discoveryForm->addRow(tr("&Port:"), m_portSpin);
    auto *discoveryLayout = new QHBoxLayout(discovery);
    discoveryLayout->addLayout(discoveryForm, 1);
    discoveryLayout->addWidget(m_chapGroup, 1);
    discoveryLayout->addWidget(m_discoverButton, 0, Qt::AlignBottom);

    m_targetTable = createTable(QStringLiteral("targetTable"), tr("Targets"), {tr("Target Name"), tr("Address"), tr("Port"), tr("Login")}, page);
    // A few targets per portal: a short list; the LUNs get the room.
    m_targetTable->horizontalHeader()->setStretchLastSection(false);
    m_targetTable->horizontalHeader()->setSectionResizeMode(TgName, QHeaderView::Stretch);
    m_targetTable->setMinimumHeight(m_targetTable->fontMetrics().height() * 5);
    m_targetTable->setMaximumHeight(m_targetTable->fontMetrics().height() * 7);
    m_loginAllButton = new QPushButton(tr("Login &All"), page);
    m_loginAllButton->setObjectName(QStringLiteral("loginAllButton"));
    m_loginAllButton->setAccessibleName(tr("Login All"));

    m_lunTable = createTable(QStringLiteral("lunTable"), tr("LUNs"),
                             {tr("LUN ID"), tr("Dev. Size"), tr("Vendor ID"), tr("Product ID"), tr("Serial"), tr("#path"),
                              tr("Protection"), tr("Used by")},
                             page);
    m_lunTable->setMinimumHeight(m_lunTable->fontMetrics().height() * 7);
    m_usedLunsCheck = new QCheckBox(tr("Show LUNs &used by virtual machines (to attach that disk here too)"), page);
    m_usedLunsCheck->setObjectName(QStringLiteral("usedLunsCheck"));
    m_usedLunsCheck->setAccessibleName(tr("Show LUNs used by virtual machines"));
    m_lunStatusLabel = new QLabel(page);
    m_lunStatusLabel->setObjectName(QStringLiteral("lunStatusLabel"));
    m_lunStatusLabel->setWordWrap(true);

    auto *hostRow = new QFormLayout;
    hostRow->setContentsMargins(0, 0, 0, 0);
    hostRow->addRow(tr("&Host:"), m_hostCombo);
    auto *targetsRow = new QHBoxLayout;
    targetsRow->addWidget(new QLabel(tr("Targets:"), page));
    targetsRow->addStretch();
    targetsRow->addWidget(m_loginAllButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(hostRow);
    layout->addWidget(discovery);
    layout->addLayout(targetsRow);
    layout->addWidget(m_targetTable);
    layout->addWidget(m_usedLunsCheck);
    layout->addWidget(m_lunTable, 1);
    layout->addWidget(m_lunStatusLabel);
    // Login All sits above the targets and "Show LUNs used…" above the LUNs: Tab follows the
    // layout (tests/tst_focus_chain).
    QWidget::setTabOrder(m_loginAllButton, m_targetTable);
    QWidget::setTabOrder(m_targetTable, m_usedLunsCheck);

    connect(m_hostCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Another host sees other things: what was found for the last one no longer applies.
        m_targets.clear();
        m_loggedIn.clear();
        m_luns.clear();
        fillTargets();
        fillLuns();
        if (mode() == Mode::DirectLun)
            reloadLuns();
        updateWidgets();
    });
    connect(m_discoverButton, &QPushButton::clicked, this, &NewDiskDialog::discover);
    connect(m_loginAllButton, &QPushButton::clicked, this, &NewDiskDialog::loginAll);
    connect(m_usedLunsCheck, &QCheckBox::toggled, this, [this] {
        fillLuns();
        updateWidgets();
    });
    connect(m_lunTable, &QTableWidget::itemSelectionChanged, this, &NewDiskDialog::updateWidgets);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &NewDiskDialog::updateWidgets);
    connect(m_chapGroup, &QGroupBox::toggled, this, &NewDiskDialog::updateWidgets);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &NewDiskDialog::updateWidgets);
    connect(m_chapUserEdit, &QLineEdit::textChanged, this, &NewDiskDialog::updateWidgets);
    connect(m_chapPasswordEdit, &QLineEdit::textChanged, this, &NewDiskDialog::updateWidgets);
    return page;
}

void NewDiskDialog::setMode(Mode mode)
{
    (mode == Mode::DirectLun ? m_lunRadio : m_imageRadio)->setChecked(true);
}

NewDiskDialog::Mode NewDiskDialog::mode() const
{
    return m_lunRadio->isChecked() ? Mode::DirectLun : Mode::Image;
}

void NewDiskDialog::setAlias(const QString &alias) { m_aliasEdit->setText(alias); }
void NewDiskDialog::setSizeGiB(int gib) { m_sizeSpin->setValue(gib); }
void NewDiskDialog::setBootable(bool bootable) { m_bootableCheck->setChecked(bootable); }
void NewDiskDialog::setShareable(bool shareable) { m_shareableCheck->setChecked(shareable); }
void NewDiskDialog::setActivate(bool activate) { m_activateCheck->setChecked(activate); }
void NewDiskDialog::setReadOnlyMode(ReadOnlyMode mode) { m_readOnlySelector->setMode(mode); }
void NewDiskDialog::setShowUsedLuns(bool show) { m_usedLunsCheck->setChecked(show); }

void NewDiskDialog::setFormat(DiskFormat format, bool sparse)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
    m_allocationCombo->setCurrentIndex(m_allocationCombo->findData(sparse));
}

void NewDiskDialog::setStorageDomain(const QString &storageDomainId)
{
    m_domainCombo->setCurrentIndex(m_domainCombo->findData(storageDomainId));
}

void NewDiskDialog::setInterface(DiskInterface diskInterface)
{
    m_interfaceCombo->setCurrentIndex(m_interfaceCombo->findData(int(diskInterface)));
}

void NewDiskDialog::setHost(const QString &hostId)
{
    m_hostCombo->setCurrentIndex(m_hostCombo->findData(hostId));
}

void NewDiskDialog::setDiscovery(const QString &address, int port, const QString &user, const QString &password)
{
    m_addressEdit->setText(address);
    m_portSpin->setValue(port);
    m_chapGroup->setChecked(!user.isEmpty());
    m_chapUserEdit->setText(user);
    m_chapPasswordEdit->setText(password);
}

void NewDiskDialog::setTargets(const QList<IscsiTarget> &targets)
{
    m_targets = targets;
    fillTargets();
    updateWidgets();
}

void NewDiskDialog::setLoggedIn(const QString &iqn, bool loggedIn)
{
    if (loggedIn)
        m_loggedIn.insert(iqn);
    else
        m_loggedIn.remove(iqn);
    fillTargets();
}

void NewDiskDialog::setLuns(const QList<LogicalUnit> &luns)
{
    m_luns = luns;
    fillLuns();
    updateWidgets();
}

bool NewDiskDialog::selectLun(const QString &lunId)
{
    for (int row = 0; row < m_lunTable->rowCount(); ++row) {
        if (m_lunTable->item(row, LnId)->text() == lunId) {
            m_lunTable->selectRow(row);
            return true;
        }
    }
    return false;
}

QStringList NewDiskDialog::listedLunIds() const
{
    QStringList ids;
    for (int row = 0; row < m_lunTable->rowCount(); ++row)
        ids.append(m_lunTable->item(row, LnId)->text());
    return ids;
}

QString NewDiskDialog::lunStatus() const
{
    return m_lunStatusLabel->text();
}

void NewDiskDialog::setLunStatus(const QString &text, bool error)
{
    m_lunStatusLabel->setText(text);
    QPalette palette = m_lunStatusLabel->palette();
    palette.setColor(QPalette::WindowText, error ? warningColor : QPalette().color(QPalette::WindowText));
    m_lunStatusLabel->setPalette(palette);
}

IscsiRequest NewDiskDialog::iscsiBase() const
{
    IscsiRequest request;
    request.hostId = m_hostCombo->currentData().toString();
    request.address = m_addressEdit->text().trimmed();
    request.port = m_portSpin->value();
    if (m_chapGroup->isChecked()) {
        request.username = m_chapUserEdit->text();
        request.password = m_chapPasswordEdit->text();
    }
    return request;
}

void NewDiskDialog::discover()
{
    if (!m_client || !discoveryError().isEmpty())
        return;
    setLunStatus(tr("Discovering targets…"));
    m_discoverButton->setEnabled(false);
    const IscsiRequest request = iscsiBase();
    m_client->discoverIscsi(request, this, [this, request](Result<IscsiDiscovery> result) {
        m_discoverButton->setEnabled(true);
        if (!result.ok()) {
            setLunStatus(result.error->text(), true);
            emit lunStepFinished();
            return;
        }
        m_targets = result.value.targets;
        // An engine that names only IQNs: the portal typed is the one to log in to.
        for (IscsiTarget &target : m_targets) {
            if (target.address.isEmpty()) {
                target.address = request.address;
                target.port = request.port;
            }
        }
        fillTargets();
        setLunStatus(m_targets.isEmpty()
                         ? tr("No new devices were found. This may be due to either: incorrect multipath configuration on the Host or "
                              "wrong address of the iscsi target or a failure to authenticate on the target device. Please consult "
                              "your Storage Administrator.")
                         : tr("%n target(s) found. Log in to see their LUNs.", nullptr, int(m_targets.size())),
                     m_targets.isEmpty());
        updateWidgets();
        emit lunStepFinished();
    });
}

void NewDiskDialog::login(const QString &iqn)
{
    if (!m_client)
        return;
    const auto it = std::find_if(m_targets.cbegin(), m_targets.cend(), [&iqn](const IscsiTarget &t) { return t.target == iqn; });
    if (it == m_targets.cend())
        return;
    IscsiRequest request = iscsiBase();
    request.address = it->address;
    request.port = it->port;
    request.portal = it->portal;
    request.target = it->target;
    ++m_pendingLogins;
    setLunStatus(tr("Logging in to %1…").arg(iqn));
    m_client->iscsiLogin(request, this, [this, iqn](Result<ActionResult> result) {
        --m_pendingLogins;
        if (result.ok()) {
            m_loggedIn.insert(iqn);
            fillTargets();
        } else {
            setLunStatus(tr("Login to %1 failed: %2").arg(iqn, result.error->text()), true);
        }
        // After the last login the host's LUNs are read again (as the portal does).
        if (m_pendingLogins == 0) {
            if (result.ok())
                reloadLuns();
            else
                emit lunStepFinished();
        }
    });
}

void NewDiskDialog::loginAll()
{
    for (const IscsiTarget &target : std::as_const(m_targets)) {
        if (!m_loggedIn.contains(target.target))
            login(target.target);
    }
}

void NewDiskDialog::reloadLuns()
{
    if (!m_client || m_hostCombo->currentIndex() < 0)
        return;
    setLunStatus(tr("Loading... A large number of LUNs may slow down the operation"));
    const QString hostId = m_hostCombo->currentData().toString();
    m_client->hostStorage(hostId, true, this, [this, hostId](Result<QList<LunStorage>> result) {
        if (hostId != m_hostCombo->currentData().toString())
            return; // another host was chosen meanwhile
        if (!result.ok()) {
            setLunStatus(tr("Could not retrieve LUNs, please check your storage. (%1)").arg(result.error->text()), true);
            emit lunStepFinished();
            return;
        }
        m_luns.clear();
        for (const LunStorage &storage : std::as_const(result.value)) {
            for (const LogicalUnit &unit : storage.logicalUnits) {
                m_luns.append(unit);
                if (!unit.target.isEmpty())
                    m_loggedIn.insert(unit.target);
            }
        }
        fillTargets();
        fillLuns();
        setLunStatus(tr("The host sees %n LUN(s).", nullptr, int(m_luns.size())));
        updateWidgets();
        emit lunStepFinished();
    });
}

void NewDiskDialog::fillTargets()
{
    m_targetTable->setRowCount(0);
    // The rows' Login buttons come right after the table in the Tab order, not after Cancel.
    QWidget *previous = m_targetTable;
    for (const IscsiTarget &target : std::as_const(m_targets)) {
        const int row = m_targetTable->rowCount();
        m_targetTable->insertRow(row);
        m_targetTable->setItem(row, TgName, item(target.target));
        m_targetTable->setItem(row, TgAddress, item(target.address));
        m_targetTable->setItem(row, TgPort, item(target.port > 0 ? QString::number(target.port) : QString(), true));
        const bool loggedIn = m_loggedIn.contains(target.target);
        auto *button = new QPushButton(loggedIn ? tr("Logged in") : tr("Login"), m_targetTable);
        button->setObjectName(QStringLiteral("loginButton_") + QString::number(row));
        button->setAccessibleName(tr("Login to %1").arg(target.target));
        button->setEnabled(!loggedIn);
        const QString iqn = target.target;
        connect(button, &QPushButton::clicked, this, [this, iqn] { login(iqn); });
        m_targetTable->setCellWidget(row, TgLogin, button);
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    for (int column : {int(TgAddress), int(TgPort), int(TgLogin)})
        m_targetTable->resizeColumnToContents(column);
    const bool anyLoggedOut = std::any_of(m_targets.cbegin(), m_targets.cend(),
                                          [this](const IscsiTarget &t) { return !m_loggedIn.contains(t.target); });
    m_loginAllButton->setEnabled(anyLoggedOut);
}

QString NewDiskDialog::diskAliasOf(const QString &diskId) const
{
    for (const Disk &disk : m_disks) {
        if (disk.id == diskId)
            return disk.alias;
    }
    return diskId;
}

void NewDiskDialog::fillLuns()
{
    const QString selected = selectedLun() ? selectedLun()->id : QString();
    const QSignalBlocker blocker(m_lunTable);
    m_lunTable->setRowCount(0);
    for (const LogicalUnit &unit : std::as_const(m_luns)) {
        // Unattached LUNs by default; those backing a disk only on request ("from a VM").
        const bool used = !unit.diskId.isEmpty();
        if (used && !m_usedLunsCheck->isChecked())
            continue;
        const int row = m_lunTable->rowCount();
        m_lunTable->insertRow(row);
        m_lunTable->setItem(row, LnId, item(unit.id));
        m_lunTable->setItem(row, LnSize, item(DisplayText::dataSize(unit.size), true));
        m_lunTable->setItem(row, LnVendor, item(unit.vendorId));
        m_lunTable->setItem(row, LnProduct, item(unit.productId));
        m_lunTable->setItem(row, LnSerial, item(unit.serial));
        m_lunTable->setItem(row, LnPaths, item(QString::number(unit.paths), true));
        m_lunTable->setItem(row, LnProtection, item(unit.writeProtected.value_or(false) ? tr("Write-protected") : QString()));
        QString usedBy;
        if (used) {
            const QList<DiskUse> uses = m_usage.value(unit.diskId);
            usedBy = uses.isEmpty() ? tr("disk %1 (not attached)").arg(diskAliasOf(unit.diskId))
                                    : tr("disk %1: %2").arg(diskAliasOf(unit.diskId), DiskUsage::describe(uses));
        } else if (unit.status == LunStatus::Unusable) {
            usedBy = tr("LUN is not usable");
        }
        auto *usedByItem = item(usedBy);
        usedByItem->setToolTip(usedBy);
        m_lunTable->setItem(row, LnUsedBy, usedByItem);
        if (unit.id == selected)
            m_lunTable->selectRow(row);
    }
    m_lunTable->resizeColumnsToContents();
}

std::optional<LogicalUnit> NewDiskDialog::selectedLun() const
{
    const QList<QTableWidgetItem *> items = m_lunTable->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString id = m_lunTable->item(items.first()->row(), LnId)->text();
    for (const LogicalUnit &unit : m_luns) {
        if (unit.id == id)
            return unit;
    }
    return std::nullopt;
}

bool NewDiskDialog::attachesExisting() const
{
    const std::optional<LogicalUnit> unit = selectedLun();
    return mode() == Mode::DirectLun && unit && !unit->diskId.isEmpty();
}

ReadOnlyMode NewDiskDialog::readOnlyMode() const
{
    return m_readOnlySelector->mode();
}

std::optional<bool> NewDiskDialog::writeProtected() const
{
    if (mode() != Mode::DirectLun)
        return std::nullopt;
    const std::optional<LogicalUnit> unit = selectedLun();
    return unit ? unit->writeProtected : std::nullopt;
}

NewDiskRequest NewDiskDialog::newDiskRequest() const
{
    NewDiskRequest request;
    request.vmId = m_vm.id;
    request.alias = m_aliasEdit->text().trimmed();
    request.description = m_descriptionEdit->text().trimmed();
    request.shareable = m_shareableCheck->isChecked();
    request.options.interface_ = DiskInterface(m_interfaceCombo->currentData().toInt());
    request.options.bootable = m_bootableCheck->isChecked();
    request.options.active = m_activateCheck->isChecked();
    request.options.readOnly = DiskAttachRules::effectiveReadOnly(readOnlyMode(), writeProtected());
    if (mode() == Mode::Image) {
        NewImageDisk image;
        image.provisionedSize = qint64(m_sizeSpin->value()) * GiB;
        image.format = DiskFormat(m_formatCombo->currentData().toInt());
        image.sparse = m_allocationCombo->currentData().toBool();
        image.storageDomainId = m_domainCombo->currentData().toString();
        request.image = image;
    } else if (const std::optional<LogicalUnit> unit = selectedLun()) {
        NewLunDisk lun;
        lun.hostId = m_hostCombo->currentData().toString();
        lun.lunId = unit->id;
        lun.address = unit->address;
        lun.port = unit->port > 0 ? unit->port : 3260;
        lun.target = unit->target;
        if (m_chapGroup->isChecked()) {
            lun.username = m_chapUserEdit->text();
            lun.password = m_chapPasswordEdit->text();
        }
        request.lun = lun;
    }
    return request;
}

AttachDiskRequest NewDiskDialog::attachRequest() const
{
    AttachDiskRequest request;
    request.vmId = m_vm.id;
    const std::optional<LogicalUnit> unit = selectedLun();
    request.diskId = unit ? unit->diskId : QString();
    const NewDiskRequest fields = newDiskRequest();
    request.options = fields.options;
    return request;
}

QString NewDiskDialog::validationError() const
{
    using Action = DiskAttachRules::Action;
    const bool existing = attachesExisting();
    const Action action = existing ? Action::Attach : Action::Add;
    const NewDiskRequest request = newDiskRequest();
    QStringList refusals{DiskAttachRules::previewRefusal(action, m_snapshots)};
    if (!existing && request.alias.isEmpty())
        refusals.append(tr("Enter an alias for the new disk."));
    // The portal's I18N name rule for aliases (I18NNameValidation).
    static const QRegularExpression i18nName(QStringLiteral("^[\\p{L}0-9._-]*$"));
    if (!existing && !i18nName.match(request.alias).hasMatch())
        refusals.append(tr("The alias can contain only letters, numbers, '.', '_' or '-' characters."));
    if (mode() == Mode::Image) {
        refusals.append(DiskAttachRules::newImageRefusal(*request.image));
        // A preallocated disk takes its whole size at once: the engine refuses it when the domain
        // has less free space (ACTION_TYPE_FAILED_DISK_SPACE_LOW_ON_STORAGE_DOMAIN).
        for (const StorageDomain &domain : m_storageDomains) {
            if (domain.id == request.image->storageDomainId && !request.image->sparse && domain.available
                && request.image->provisionedSize > *domain.available)
                refusals.append(tr("Cannot add Virtual Disk. Low disk space on Storage Domain %1.").arg(domain.name));
        }
        refusals.append(DiskAttachRules::shareableRefusal(action, request.image->format, request.shareable));
    } else {
        const std::optional<LogicalUnit> unit = selectedLun();
        if (m_hostCombo->currentIndex() < 0)
            refusals.append(tr("Choose a host that is Up: it discovers the targets and sees the LUNs."));
        if (!unit) {
            // Still discovering: what keeps Discover disabled is the next thing to fix.
            const QString discovery = m_targets.isEmpty() && m_luns.isEmpty() ? discoveryError() : QString();
            refusals.append(discovery.isEmpty() ? tr("No LUNs selected. Please select LUNs.") : discovery);
        } else if (existing) {
            Disk disk;
            disk.id = unit->diskId;
            disk.alias = diskAliasOf(unit->diskId);
            disk.storageType = DiskStorageType::Lun;
            for (const Disk &known : m_disks) {
                if (known.id == unit->diskId)
                    disk = known;
            }
            refusals.append(DiskAttachRules::attachRefusal(disk, m_vm.id, m_usage.value(disk.id)));
        }
        if (unit && readOnlyMode() == ReadOnlyMode::ReadWrite)
            refusals.append(DiskAttachRules::writeProtectedRefusal(action, unit->id, false, unit->writeProtected));
    }
    refusals.append(DiskAttachRules::readOnlyRefusal(action, request.options.interface_, request.options.readOnly));
    refusals.append(DiskAttachRules::bootableRefusal(action, m_vm, m_vmAttachments, request.options.bootable));
    refusals.append(DiskAttachRules::hotPlugRefusal(action, m_vm, request.options.interface_,
                                                    existing ? diskAliasOf(attachRequest().diskId) : request.alias,
                                                    request.options.active));
    for (const QString &refusal : std::as_const(refusals)) {
        if (!refusal.isEmpty())
            return refusal;
    }
    return {};
}

QString NewDiskDialog::discoveryError() const
{
    if (m_hostCombo->currentIndex() < 0)
        return tr("Choose a host that is Up: it discovers the targets and sees the LUNs.");
    const QString address = m_addressEdit->text().trimmed();
    if (address.isEmpty())
        return tr("Enter the address of the iSCSI target (a host name or an IP address).");
    // A host name (letters, digits, '-', '.') or an IP address; QUrl checks both.
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    const bool ipv6 = address.contains(QLatin1Char(':'));
    const QUrl url(QStringLiteral("iscsi://") + (ipv6 ? QLatin1Char('[') + address + QLatin1Char(']') : address), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (!ipv6 && !hostName.match(address).hasMatch()))
        return tr("“%1” is not a host name or an IP address.").arg(address);
    if (m_portSpin->value() < 1)
        return tr("Enter the target's port, 1–65535 (iSCSI uses 3260).");
    if (m_chapGroup->isChecked() && (m_chapUserEdit->text().trimmed().isEmpty() || m_chapPasswordEdit->text().isEmpty()))
        return tr("Enter the CHAP user name and password, or turn User Authentication off.");
    return {};
}

void NewDiskDialog::updateWidgets()
{
    const QString error = validationError();
    m_okButton->setEnabled(error.isEmpty());
    m_discoverButton->setEnabled(discoveryError().isEmpty());

    QStringList notes;
    if (readOnlyMode() == ReadOnlyMode::Automatic) {
        notes.append(writeProtected().value_or(false)
                         ? tr("Automatic: the LUN is write-protected, so the disk will be attached read-only.")
                         : tr("Automatic: read-write; read-only instead if the storage turns out write-protected."));
    }
    if (const QString note = DiskAttachRules::activateNote(m_vm, DiskInterface(m_interfaceCombo->currentData().toInt()));
        !note.isEmpty())
        notes.append(note);
    m_noteLabel->setText(notes.join(QLatin1Char('\n')));
    m_noteLabel->setVisible(!notes.isEmpty());

    QPalette palette = m_hintLabel->palette();
    palette.setColor(QPalette::WindowText, error.isEmpty() ? QPalette().color(QPalette::WindowText) : warningColor);
    m_hintLabel->setPalette(palette);
    if (!error.isEmpty()) {
        m_hintLabel->setText(error);
        return;
    }
    const bool plugged = m_activateCheck->isChecked();
    const bool runs = DiskAttachRules::vmRuns(m_vm.status);
    if (attachesExisting())
        m_hintLabel->setText(tr("Attaches the existing disk %1 to %2%3.")
                                 .arg(diskAliasOf(attachRequest().diskId), m_vm.name,
                                      plugged && runs ? tr(" and hot plugs it") : QString()));
    else
        m_hintLabel->setText(tr("Creates %1 and attaches it to %2%3.")
                                 .arg(m_aliasEdit->text().trimmed(), m_vm.name,
                                      plugged && runs ? tr(" (hot plugged: the VM runs)") : QString()));
}
