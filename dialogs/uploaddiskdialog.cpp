#include "uploaddiskdialog.h"

#include "dialogparts.h"
#include "displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UploadDiskDialog::UploadDiskDialog(const QList<StorageDomain> &storageDomains, QWidget *parent)
    : QDialog(parent), m_storageDomains(storageDomains)
{
    setObjectName(QStringLiteral("uploadDiskDialog"));
    setWindowTitle(tr("Upload Image"));

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("uploadFileEdit"));
    m_fileEdit->setAccessibleName(tr("Image file"));
    m_fileEdit->setPlaceholderText(tr("A raw or qcow2 image on this computer"));
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("uploadBrowseButton"));
    m_browseButton->setAccessibleName(tr("Choose the image file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(QStringLiteral("uploadFormatLabel"));
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("uploadSizeLabel"));

    m_aliasEdit = new QLineEdit(this);
    m_aliasEdit->setObjectName(QStringLiteral("uploadAliasEdit"));
    m_aliasEdit->setAccessibleName(tr("Alias"));
    m_descriptionEdit = new QLineEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("uploadDescriptionEdit"));
    m_descriptionEdit->setAccessibleName(tr("Description"));

    m_domainCombo = new QComboBox(this);
    m_domainCombo->setObjectName(QStringLiteral("uploadStorageDomainCombo"));
    m_domainCombo->setAccessibleName(tr("Storage Domain"));
    DialogParts::addDataDomains(m_domainCombo, m_storageDomains, tr("%1 (%2 free)"));

    auto *form = new QFormLayout;
    // A row made of a layout gets no buddy by itself: without one "&File:" would show its "&".
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Format:"), m_formatLabel);
    form->addRow(tr("Virtual size:"), m_sizeLabel);
    form->addRow(tr("&Alias:"), m_aliasEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(tr("&Storage Domain:"), m_domainCombo);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("uploadProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #a4000f;"));

    auto *note = new QLabel(tr("The disk is created on the storage domain with the file's format and virtual size, "
                               "then the image is sent in parts; empty areas are not sent."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upload"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("uploadOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Upload"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("uploadCancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &UploadDiskDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_fileEdit->text() != (m_info ? m_info->path : QString()))
            setFile(m_fileEdit->text());
    });
    connect(m_aliasEdit, &QLineEdit::textChanged, this, &UploadDiskDialog::validate);
    connect(m_domainCombo, &QComboBox::currentIndexChanged, this, &UploadDiskDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    validate();
}

UploadDiskDialog::~UploadDiskDialog()
{
    // ~QDialog hides the dialog, the file field loses focus and emits editingFinished: that must
    // not reach this object, already destroyed down to its QDialog part (UBSan saw it).
    disconnect(m_fileEdit, nullptr, this, nullptr);
}

void UploadDiskDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Disk Image"), m_fileEdit->text(),
                                                      tr("Disk images (*.qcow2 *.img *.raw *.iso);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void UploadDiskDialog::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    m_info.reset();
    m_fileError.clear();
    if (!path.isEmpty()) {
        QString error;
        m_info = LocalImageInfo::read(path, &error);
        m_fileError = error;
    }
    if (m_info) {
        m_formatLabel->setText(m_info->diskFormat() ? DisplayText::diskFormat(*m_info->diskFormat()) : m_info->format);
        m_sizeLabel->setText(tr("%1 (the file holds %2)")
                                     .arg(DisplayText::dataSize(m_info->virtualSize), DisplayText::dataSize(m_info->fileSize)));
        if (m_aliasEdit->text().isEmpty())
            m_aliasEdit->setText(QFileInfo(path).completeBaseName());
    } else {
        m_formatLabel->clear();
        m_sizeLabel->clear();
    }
    validate();
}

void UploadDiskDialog::setAlias(const QString &alias)
{
    m_aliasEdit->setText(alias);
}

void UploadDiskDialog::setDescription(const QString &description)
{
    m_descriptionEdit->setText(description);
}

void UploadDiskDialog::setStorageDomain(const QString &storageDomainId)
{
    m_domainCombo->setCurrentIndex(m_domainCombo->findData(storageDomainId));
}

QString UploadDiskDialog::filePath() const
{
    return m_fileEdit->text();
}

QString UploadDiskDialog::alias() const
{
    return m_aliasEdit->text().trimmed();
}

QString UploadDiskDialog::description() const
{
    return m_descriptionEdit->text().trimmed();
}

QString UploadDiskDialog::storageDomainId() const
{
    return m_domainCombo->currentData().toString();
}

std::optional<DiskFormat> UploadDiskDialog::transferFormat() const
{
    return m_info ? m_info->diskFormat() : std::nullopt;
}

QString UploadDiskDialog::problem() const
{
    if (m_fileEdit->text().isEmpty())
        return tr("Choose the image file to upload.");
    if (!m_info)
        return m_fileError;
    if (!m_info->diskFormat())
        return tr("%1 is a %2 image; the manager takes raw and qcow2 images only. Convert it with qemu-img convert first.")
                .arg(QFileInfo(m_info->path).fileName(), m_info->format);
    if (!m_info->backingFile.isEmpty())
        return tr("%1 is a qcow2 overlay of %2; upload a whole image (qemu-img convert makes one).")
                .arg(QFileInfo(m_info->path).fileName(), m_info->backingFile);
    if (alias().isEmpty())
        return tr("Enter an alias for the new disk.");
    if (storageDomainId().isEmpty())
        return tr("There is no data storage domain to upload to.");
    for (const StorageDomain &domain : m_storageDomains) {
        // The file's size is what lands on the domain at most (qcow2 bytes or a raw sparse file).
        if (domain.id == storageDomainId() && domain.available && *domain.available < m_info->actualSize)
            return tr("%1 has %2 free; the image needs %3.")
                    .arg(domain.name, DisplayText::dataSize(domain.available), DisplayText::dataSize(m_info->actualSize));
    }
    return {};
}

void UploadDiskDialog::validate()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}
