#pragma once
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class RoleChangeModel;
class SignatureDialog;
class SignatureList;
class UserModel;

// The Role changes tab: requests for new roles (pending, applied, cancelled) with their signatures.
// With user.admin: request and cancel. With the signing right: review or approve the selected
// change through the SignatureDialog — approval by another person is what applies the roles.
class RoleChangesTab : public QWidget
{
    Q_OBJECT
public:
    RoleChangesTab(RpcClient *client, const UserModel *users, bool mayRequest, QWidget *parent = nullptr);
    ~RoleChangesTab() override;

    RoleChangeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SignatureList *signatureList() const { return m_signatures; }
    bool selectChange(qint64 id);
    QJsonObject selectedChange() const;
    // The signature dialog opened by Review/Approve, while it is open.
    SignatureDialog *signatureDialog() const;
    // Opens the signature dialog for the selected change with this meaning ("reviewed", "approved").
    void signSelected(const QString &meaning);

Q_SIGNALS:
    void signaturesShown(qint64 roleChangeId); // the signature list shows this change's current signatures

private:
    void requestChange();
    void cancelChange();
    void showDetails();
    void loadSignatures(qint64 id);
    void updateButtons();

    QPointer<RpcClient> m_client;
    const UserModel *m_users = nullptr;
    bool m_mayRequest = false;
    RoleChangeModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_request = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_approve = nullptr;
    QLabel *m_details = nullptr;
    SignatureList *m_signatures = nullptr;
    QLabel *m_status = nullptr;
    QPointer<SignatureDialog> m_signatureDialog;
    qint64 m_shownId = 0;
};

} // namespace concord::ui
