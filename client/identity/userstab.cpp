#include "identity/userstab.h"

#include "core/rpcclient.h"
#include "core/writekey.h"
#include "identity/reasondialog.h"
#include "identity/temporarypassworddialog.h"
#include "identity/userdialog.h"
#include "identity/usermodel.h"
#include "shell/errortext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace concord::ui {

UsersTab::UsersTab(RpcClient *client, bool mayEdit, QWidget *parent)
    : QWidget(parent), m_client(client), m_mayEdit(mayEdit)
{
    setObjectName(QStringLiteral("usersTab"));
    m_model = new UserModel(client, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("userFilter"));
    m_filter->setPlaceholderText(tr("Filter by user ID, name, role …"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_showInactive = new QCheckBox(tr("Show &deactivated accounts"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    connect(m_showInactive, &QCheckBox::toggled, m_model, &UserModel::setIncludeInactive);

    auto makeButton = [this](const QString &text, const char *name, void (UsersTab::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        if (slot) connect(b, &QPushButton::clicked, this, slot);
        b->setVisible(m_mayEdit); // editing only with user.admin; the server checks again
        return b;
    };
    m_create = makeButton(tr("&New user…"), "createUser", nullptr);
    connect(m_create, &QPushButton::clicked, this, [this] { createUser(); });
    m_edit = makeButton(tr("&Edit…"), "editUser", &UsersTab::editUser);
    m_deactivate = makeButton(tr("De&activate…"), "deactivateUser", &UsersTab::deactivateUser);
    m_unlock = makeButton(tr("&Unlock…"), "unlockUser", &UsersTab::unlockUser);
    m_reset = makeButton(tr("&Reset password…"), "resetPassword", &UsersTab::resetPassword);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_filter, 1);
    filterBar->addWidget(m_showInactive);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_edit, m_deactivate, m_unlock, m_reset})
        actions->addWidget(b);
    actions->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserModel::UsernameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersTab::updateButtons);
    connect(m_model, &UserModel::dataChanged, this, &UsersTab::updateButtons);
    connect(m_model, &UserModel::loaded, this, [this] {
        m_status->clear();
        m_view->resizeColumnsToContents();
        if (m_pendingSelection) selectUser(std::exchange(m_pendingSelection, 0));
        updateButtons();
    });
    connect(m_model, &UserModel::loadFailed, this,
            [this](const RpcError &e) { m_status->setText(errorText(e)); });
    if (m_mayEdit) connect(m_view, &QTableView::doubleClicked, this, &UsersTab::editUser);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    if (m_mayEdit)
        layout->addLayout(actions);
    else
        delete actions; // the buttons stay hidden children of the tab; the empty row would only leak
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    updateButtons();
}

QJsonObject UsersTab::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return {};
    return rows.first().data(UserModel::UserRole).toJsonObject();
}

bool UsersTab::selectUser(qint64 userId)
{
    const int row = m_model->rowOfId(userId);
    if (row < 0) {
        if (m_model->isLoaded() && m_model->includeInactive()) return false;
        // Not loaded yet, or perhaps deactivated: selected when the list with every account arrives.
        m_pendingSelection = userId;
        m_showInactive->setChecked(true);
        return true;
    }
    m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

void UsersTab::updateButtons()
{
    const QJsonObject user = selectedUser();
    const QString status = user.isEmpty() ? QString() : UserModel::status(user);
    m_edit->setEnabled(status == QLatin1String("active") || status == QLatin1String("locked"));
    m_deactivate->setEnabled(status == QLatin1String("active") || status == QLatin1String("locked"));
    m_unlock->setEnabled(status == QLatin1String("locked"));
    m_reset->setEnabled(status == QLatin1String("active") || status == QLatin1String("locked"));
}

UserDialog *UsersTab::createUser()
{
    auto *dialog = new UserDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::created, this, [this](const QJsonObject &result) {
        const QJsonObject user = result.value(QStringLiteral("user")).toObject();
        m_model->upsert(user);
        selectUser(user.value(QStringLiteral("id")).toInteger());
        const QString password = result.value(QStringLiteral("temporaryPassword")).toString();
        if (result.contains(QStringLiteral("roleChangeId")))
            m_status->setText(tr("The initial roles wait for approval as role change %1.")
                                  .arg(result.value(QStringLiteral("roleChangeId")).toInteger()));
        if (password.isEmpty()) {
            // The answer to a retried create is the stored one, and the password is never stored.
            m_status->setText(
                tr("The account %1 exists, but its temporary password was lost on the way. Reset "
                   "the password to get a new one.")
                    .arg(user.value(QStringLiteral("username")).toString()));
            return;
        }
        showTemporaryPassword(user, password);
    });
    dialog->open();
    return dialog;
}

void UsersTab::editUser()
{
    const QJsonObject user = selectedUser();
    if (user.isEmpty() || UserModel::status(user) == QLatin1String("inactive")) return;
    auto *dialog = new UserDialog(m_client, user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, m_model, &UserModel::upsert);
    dialog->open();
}

void UsersTab::confirmAndCall(const QString &title, const QString &message, const QString &confirmText,
                              const QString &method, std::function<void(const QJsonObject &)> onSuccess)
{
    const QJsonObject user = selectedUser();
    if (user.isEmpty() || !m_client) return;
    const qint64 userId = user.value(QStringLiteral("id")).toInteger();
    auto *dialog = new ReasonDialog(title, message, confirmText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto key = std::make_shared<WriteKey>();
    connect(dialog, &ReasonDialog::confirmed, this,
            [this, dialog, key, method, userId, onSuccess](const QString &reason) {
                if (!m_client) return;
                const QJsonObject params{{QStringLiteral("userId"), userId},
                                         {QStringLiteral("reason"), reason},
                                         {QStringLiteral("idempotencyKey"), key->get()}};
                m_client->call(method, params, dialog,
                               [this, dialog, key, onSuccess](const QJsonObject &r, const RpcError &e) {
                                   key->settle(e);
                                   dialog->finish(e); // closes it on success, before a follow-up dialog opens
                                   if (e.isNull()) {
                                       m_model->upsert(r.contains(QStringLiteral("user"))
                                                           ? r.value(QStringLiteral("user")).toObject()
                                                           : r);
                                       if (onSuccess) onSuccess(r);
                                   }
                               });
            });
    dialog->open();
}

void UsersTab::deactivateUser()
{
    const QJsonObject user = selectedUser();
    const QString id = user.value(QStringLiteral("username")).toString();
    const QString name = user.value(QStringLiteral("fullName")).toString();
    confirmAndCall(
        tr("Deactivate account"),
        tr("Deactivate the account %1 (%2)?\n\nEvery session of this account ends at once: the user is "
           "signed out on every computer now. The user ID %1 stays reserved and is never given to anybody "
           "else. The account stays in the records and the audit trail.")
            .arg(id, name),
        tr("&Deactivate"), QStringLiteral("user.deactivate"), [this, id](const QJsonObject &r) {
            const QJsonObject request = r.value(QStringLiteral("deactivationRequest")).toObject();
            m_status->setText(request.isEmpty()
                                  ? tr("The account %1 is deactivated; its sessions have ended.").arg(id)
                                  : tr("%1 holds an approval right or is the last holder of a signing right: the account stays "
                                       "active until another person signs deactivation request %2 as approved (Approvals tab).")
                                        .arg(id)
                                        .arg(request.value(QStringLiteral("id")).toInteger()));
        });
}

void UsersTab::unlockUser()
{
    const QJsonObject user = selectedUser();
    const QString id = user.value(QStringLiteral("username")).toString();
    confirmAndCall(tr("Unlock account"),
                   tr("Unlock the account %1 (%2)? Its failed password attempts are reset.")
                       .arg(id, user.value(QStringLiteral("fullName")).toString()),
                   tr("&Unlock"), QStringLiteral("user.unlock"), [this, id](const QJsonObject &) {
                       m_status->setText(tr("The account %1 is unlocked.").arg(id));
                   });
}

void UsersTab::resetPassword()
{
    const QJsonObject user = selectedUser();
    confirmAndCall(
        tr("Reset password"),
        tr("Set a new temporary password for %1 (%2)?\n\nThe current password stops working at once and "
           "the account is unlocked. The user must choose a new password at the next sign-in.")
            .arg(user.value(QStringLiteral("username")).toString(),
                 user.value(QStringLiteral("fullName")).toString()),
        tr("&Reset password"), QStringLiteral("user.resetPassword"), [this](const QJsonObject &r) {
            const QJsonObject changed = r.value(QStringLiteral("user")).toObject();
            const QString password = r.value(QStringLiteral("temporaryPassword")).toString();
            if (password.isEmpty()) {
                m_status->setText(tr("The password of %1 was reset, but the temporary password was lost "
                                     "on the way. Reset it again.")
                                      .arg(changed.value(QStringLiteral("username")).toString()));
                return;
            }
            showTemporaryPassword(changed, password);
        });
}

void UsersTab::showTemporaryPassword(const QJsonObject &user, const QString &password)
{
    auto *dialog =
        new TemporaryPasswordDialog(user.value(QStringLiteral("username")).toString(),
                                    user.value(QStringLiteral("fullName")).toString(), password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace concord::ui
