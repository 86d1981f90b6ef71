#pragma once
#include "core/writekey.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class ApprovalStepsView;
class ImpactView;
class ReasonDialog;
class SignatureDialog;

// One change order: header (number, title, class with its approval chain, author, dates, reason),
// its items (entity, code, version, status, effective from in local time), the approval steps with
// their signatures, and the impact the server assessed at submission. Actions follow the status
// and the user's rights — edit, add and remove items, submit (eco.author); sign the next step, or
// the selected one, through the SignatureDialog (signature:change_order:<meaning>); withdraw,
// cancel (eco.author) or reject (eco.reject) with a reason; compare an item with the version it
// replaces. The server decides every step; its refusals are shown translated.
class ChangeOrderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangeOrderPanel(RpcClient *client, QWidget *parent = nullptr);
    ~ChangeOrderPanel() override;

    void showOrder(qint64 id); // 0 clears the panel
    qint64 orderId() const { return m_id; }
    QJsonObject order() const { return m_order; }
    bool isLoaded() const { return m_loaded; }

    // The actions behind the buttons (tests and screenshots use them too).
    void editHeader();
    void addItem();
    void removeSelectedItem();
    void compareSelectedItem();
    void viewSelectedItem(); // the item's version, read-only, in its editor
    void submit();
    void sign(); // the selected unsigned step, else the next one
    void signStep(const QString &meaning);
    void withdraw();
    void reject();
    void cancelOrder();
    bool selectItem(const QString &entity, const QString &code);

    ApprovalStepsView *steps() const { return m_steps; }
    ImpactView *impact() const { return m_impact; }
    QTableWidget *items() const { return m_items; }
    QLabel *notice() const { return m_notice; }
    QLabel *errorLabel() const { return m_error; }
    SignatureDialog *signatureDialog() const; // while the one opened by Sign… is open
    ReasonDialog *reasonDialog() const;       // while withdraw / reject / cancel asks

Q_SIGNALS:
    void orderLoaded(const QJsonObject &order);  // eco.get answered (also after every change)
    void orderChanged(const QJsonObject &order); // a write's answer, for the list

private:
    void reload();
    void present(const QJsonObject &order);
    void updateButtons();
    void showError(const QString &text);
    void write(const QString &method, QJsonObject params,
               const std::function<QString(const QJsonObject &)> &notice);
    void closeWithReason(const QString &method, const QString &title, const QString &message,
                         const QString &confirmText, const QString &doneText);
    void openDiff(const QJsonObject &item, int previousVersion);
    QJsonObject selectedItem() const;

    QPointer<RpcClient> m_client;
    qint64 m_id = 0;
    QJsonObject m_order;
    QJsonObject m_dictionary;
    bool m_loaded = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    WriteKey m_key;
    bool m_mayAuthor = false;
    bool m_mayReject = false;
    bool m_maySign = false;

    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_class = nullptr;
    QLabel *m_author = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_removeItem = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_view = nullptr;
    QTableWidget *m_items = nullptr;
    ApprovalStepsView *m_steps = nullptr;
    ImpactView *m_impact = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QPointer<SignatureDialog> m_signatureDialog;
    QPointer<ReasonDialog> m_reasonDialog;
};

} // namespace concord::ui
