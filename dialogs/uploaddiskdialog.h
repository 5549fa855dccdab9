#pragma once

#include "entities.h"
#include "localimageinfo.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// Upload Image (the portal's Storage → Disks → Upload → Start): a local raw or qcow2 file
/// becomes a new floating disk. The format and virtual size come from the file itself
/// (`qemu-img info`), not from the person; alias, description and the data storage domain are
/// chosen here. What would make the manager refuse (an unknown format, a qcow2 overlay with a
/// backing file, too little free space) is said under the form and keeps Upload disabled.
class UploadDiskDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UploadDiskDialog(const QList<StorageDomain> &storageDomains, QWidget *parent = nullptr);
    ~UploadDiskDialog() override;

    /// Reads the file with qemu-img and fills format and size (also what Browse… does).
    void setFile(const QString &path);
    void setAlias(const QString &alias);
    void setDescription(const QString &description);
    void setStorageDomain(const QString &storageDomainId);

    QString filePath() const;
    std::optional<LocalImageInfo> imageInfo() const { return m_info; }
    QString alias() const;
    QString description() const;
    QString storageDomainId() const;
    /// The transfer's format: cow for a qcow2 file (its bytes as they are), raw for raw.
    std::optional<DiskFormat> transferFormat() const;
    /// Why Upload is disabled, empty when it is not.
    QString problem() const;

private:
    void browse();
    void validate();

    QList<StorageDomain> m_storageDomains;
    std::optional<LocalImageInfo> m_info;
    QString m_fileError;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLineEdit *m_aliasEdit = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QComboBox *m_domainCombo = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
