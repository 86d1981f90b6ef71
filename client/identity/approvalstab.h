#pragma once
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

class ApprovalModel;
class SignatureDialog;
class SignatureList;

// The Approvals tab (approval.read): requests that change who may sign — a role's permissions, the
// deactivation of an approver — with their signatures. Whoever holds the signing right signs
// "approved" (the server refuses the requester and anyone who edited the request); approval.cancel
// cancels a pending one with a reason.
class ApprovalsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalsTab(RpcClient *client, QWidget *parent = nullptr);
    ~ApprovalsTab() override;

    const ApprovalModel *model() const { return m_model; }
    bool selectRequest(qint64 id);
    QJsonObject selectedRequest() const;
    void approveSelected();
    void cancelSelected();
    SignatureDialog *signatureDialog() const { return m_signatureDialog; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void signaturesShown(qint64 id);

private:
    void showDetails();
    void updateButtons();
    void loadSignatures(qint64 id);

    QPointer<RpcClient> m_client;
    ApprovalModel *m_model = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_approve = nullptr;
    QLabel *m_details = nullptr;
    SignatureList *m_signatures = nullptr;
    QLabel *m_status = nullptr;
    QPointer<SignatureDialog> m_signatureDialog;
    qint64 m_shownId = 0;
};

} // namespace concord::ui
