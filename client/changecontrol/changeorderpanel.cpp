#include "changecontrol/changeorderpanel.h"

#include "changecontrol/additemdialog.h"
#include "changecontrol/approvalstepsview.h"
#include "changecontrol/changeorderdialog.h"
#include "changecontrol/changeordertext.h"
#include "changecontrol/impactview.h"
#include "changecontrol/versiondiffdialog.h"
#include "changecontrol/versionviewdialog.h"
#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "core/timetext.h"
#include "identity/reasondialog.h"
#include "shell/errortext.h"
#include "signature/signaturedialog.h"
#include "signature/signaturetext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace concord::ui {

namespace {
const QString kRecordType = QStringLiteral("change_order");
const QString kChanged = QStringLiteral("eco.changed");
const QString kSigned = QStringLiteral("signature.signed");

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

ChangeOrderPanel::ChangeOrderPanel(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("changeOrderPanel"));
    m_mayAuthor = client && client->hasPermission(QStringLiteral("eco.author"));
    m_mayReject = client && client->hasPermission(QStringLiteral("eco.reject"));
    for (const char *meaning : {"reviewed", "approved", "released"})
        m_maySign = m_maySign || (client && client->hasPermission(QStringLiteral("signature:change_order:") +
                                                                  QLatin1String(meaning)));

    m_heading = valueLabel(this, "orderHeading");
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    m_status = valueLabel(this, "orderStatus");
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_class = valueLabel(this, "orderClass");
    m_author = valueLabel(this, "orderAuthor");
    m_author->setWordWrap(false);
    m_dates = valueLabel(this, "orderDates");
    m_reason = valueLabel(this, "orderReason");

    auto button = [this](const QString &label, const char *name, bool visible) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setVisible(visible); // only what this user may do; the server checks again
        return b;
    };
    m_edit = button(tr("&Edit…"), "editOrder", m_mayAuthor);
    m_submit = button(tr("S&ubmit for approval"), "submitOrder", m_mayAuthor);
    m_sign = button(tr("&Sign…"), "signOrder", m_maySign);
    m_withdraw = button(tr("&Withdraw…"), "withdrawOrder", m_mayAuthor);
    m_reject = button(tr("&Reject…"), "rejectOrder", m_mayReject);
    m_cancel = button(tr("Cancel &order…"), "cancelOrder", m_mayAuthor);
    m_addItem = button(tr("&Add item…"), "addItem", m_mayAuthor);
    m_removeItem = button(tr("Re&move item"), "removeItem", m_mayAuthor);
    m_compare = button(tr("&Compare with replaced version…"), "compareItem", true);
    m_view = button(tr("&View version…"), "viewItem", true);
    connect(m_edit, &QPushButton::clicked, this, &ChangeOrderPanel::editHeader);
    connect(m_submit, &QPushButton::clicked, this, &ChangeOrderPanel::submit);
    connect(m_sign, &QPushButton::clicked, this, &ChangeOrderPanel::sign);
    connect(m_withdraw, &QPushButton::clicked, this, &ChangeOrderPanel::withdraw);
    connect(m_reject, &QPushButton::clicked, this, &ChangeOrderPanel::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ChangeOrderPanel::cancelOrder);
    connect(m_addItem, &QPushButton::clicked, this, &ChangeOrderPanel::addItem);
    connect(m_removeItem, &QPushButton::clicked, this, &ChangeOrderPanel::removeSelectedItem);
    connect(m_compare, &QPushButton::clicked, this, &ChangeOrderPanel::compareSelectedItem);
    connect(m_view, &QPushButton::clicked, this, &ChangeOrderPanel::viewSelectedItem);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_status);
    auto *who = new QHBoxLayout;
    who->addWidget(m_author);
    who->addSpacing(16);
    who->addWidget(m_dates, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Class:"), m_class);
    form->addRow(tr("Author:"), who);
    form->addRow(tr("Reason:"), m_reason);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_submit, m_sign, m_withdraw, m_reject, m_cancel})
        actions->addWidget(b);
    actions->addStretch(1);

    auto *itemsBox = new QGroupBox(tr("Items"), this);
    m_items = new QTableWidget(0, 7, itemsBox);
    m_items->setObjectName(QStringLiteral("orderItems"));
    m_items->setHorizontalHeaderLabels(
        {tr("Type"), tr("Code"), tr("Name"), tr("Version"), tr("Status"), tr("Effective from"), tr("Action")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the name
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 10);
    m_items->setWordWrap(false);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &ChangeOrderPanel::updateButtons);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, &ChangeOrderPanel::viewSelectedItem);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_view);
    itemButtons->addWidget(m_compare);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->addWidget(m_items);
    itemsLayout->addLayout(itemButtons);

    auto *stepsBox = new QGroupBox(tr("Approval"), this);
    m_steps = new ApprovalStepsView(stepsBox);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &ChangeOrderPanel::updateButtons);
    auto *stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->addWidget(m_steps);

    auto *impactBox = new QGroupBox(tr("Impact assessment"), this);
    m_impact = new ImpactView(impactBox);
    auto *impactLayout = new QVBoxLayout(impactBox);
    impactLayout->addWidget(m_impact);

    // Stacked full width: the items, the approval chain and the impact each need their columns.
    auto *body = new QSplitter(Qt::Vertical, this);
    body->addWidget(itemsBox);
    body->addWidget(stepsBox);
    body->addWidget(impactBox);
    body->setChildrenCollapsible(false);
    for (QWidget *w :
         {static_cast<QWidget *>(m_items), static_cast<QWidget *>(m_steps), static_cast<QWidget *>(m_impact)})
        w->setMinimumHeight(3 * m_items->verticalHeader()->defaultSectionSize());
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 2);
    body->setStretchFactor(2, 3);

    m_notice = valueLabel(this, "orderNotice");
    m_notice->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_error = makeErrorLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(body, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);

    if (client) {
        client->subscribe({kChanged, kSigned});
        connect(client, &RpcClient::eventReceived, this, [this](const QJsonObject &event) {
            const QString topic = text(event, "topic");
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            if (m_id <= 0) return;
            if ((topic == kChanged && data.value(QStringLiteral("id")).toInteger() == m_id) ||
                (topic == kSigned && text(data, "recordType") == kRecordType &&
                 text(data, "recordId").toLongLong() == m_id))
                reload();
        });
    }
    showOrder(0);
}

ChangeOrderPanel::~ChangeOrderPanel()
{
    if (m_client) m_client->unsubscribe({kChanged, kSigned});
}

SignatureDialog *ChangeOrderPanel::signatureDialog() const
{
    return m_signatureDialog;
}

ReasonDialog *ChangeOrderPanel::reasonDialog() const
{
    return m_reasonDialog;
}

void ChangeOrderPanel::showOrder(qint64 id)
{
    if (id != m_id) {
        m_notice->clear();
        showError({});
    }
    m_id = id;
    m_loaded = false;
    if (id <= 0) {
        ++m_generation;
        present({});
        return;
    }
    reload();
}

void ChangeOrderPanel::reload()
{
    if (!m_client || m_id <= 0) return;
    const quint64 generation = ++m_generation;
    m_client->call(QStringLiteral("eco.get"), {{QStringLiteral("id"), m_id}}, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return; // another order was chosen meanwhile
                       if (!e.isNull()) {
                           showError(errorText(e));
                           return;
                       }
                       present(r);
                       m_loaded = true;
                       Q_EMIT orderLoaded(r);
                   });
}

void ChangeOrderPanel::present(const QJsonObject &o)
{
    const QJsonObject keepItem = selectedItem();
    m_order = o;
    const QString status = text(o, "status");
    if (o.isEmpty()) {
        m_heading->setText(tr("No change order selected"));
        m_status->clear();
        for (QLabel *l : {m_class, m_author, m_dates, m_reason})
            l->clear();
    } else {
        m_heading->setText(tr("%1 · %2").arg(text(o, "number"), text(o, "title")));
        m_status->setText(DataDictionary::valueLabel(status));
        m_status->setStyleSheet(
            QStringLiteral("color: %1;").arg(ChangeOrderText::statusColor(status).name()));
        m_class->setText(tr("%1 — approval: %2")
                             .arg(ChangeOrderText::changeClass(text(o, "changeClass")),
                                  ChangeOrderText::chain(o.value(QStringLiteral("steps")).toArray())));
        m_author->setText(ChangeOrderText::person(text(o, "authorName"), text(o, "authorUsername")));
        QStringList dates{tr("created %1").arg(timetext::localFromServer(text(o, "createdAt")))};
        if (!text(o, "submittedAt").isEmpty())
            dates.append(tr("submitted %1").arg(timetext::localFromServer(text(o, "submittedAt"))));
        if (!text(o, "closedAt").isEmpty())
            dates.append(tr("%1 %2").arg(DataDictionary::valueLabel(status),
                                         timetext::localFromServer(text(o, "closedAt"))));
        m_dates->setText(dates.join(QStringLiteral(" · ")));
        m_reason->setText(text(o, "reason"));
    }
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QJsonObject item = items.at(row).toObject();
        const QStringList cells{DataDictionary::valueLabel(text(item, "entity")),
                                text(item, "code"),
                                text(item, "name"),
                                QString::number(item.value(QStringLiteral("version")).toInt()),
                                DataDictionary::valueLabel(text(item, "status")),
                                ChangeOrderText::effective(text(item, "effectiveFrom")),
                                text(item, "action") == QLatin1String("obsolete") ? tr("Take out of use") : tr("Release")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, item);
            m_items->setItem(row, column, cell);
        }
    }
    if (!keepItem.isEmpty()) selectItem(text(keepItem, "entity"), text(keepItem, "code"));
    m_steps->setOrder(o);
    m_impact->setImpact(o.value(QStringLiteral("impact")).toObject());
    updateButtons();
}

QJsonObject ChangeOrderPanel::selectedItem() const
{
    const QList<QTableWidgetItem *> selected = m_items->selectedItems();
    return selected.isEmpty() ? QJsonObject() : selected.first()->data(Qt::UserRole).toJsonObject();
}

bool ChangeOrderPanel::selectItem(const QString &entity, const QString &code)
{
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QJsonObject item = m_items->item(row, 0)->data(Qt::UserRole).toJsonObject();
        if (text(item, "entity") == entity && text(item, "code") == code) {
            m_items->selectRow(row);
            return true;
        }
    }
    return false;
}

void ChangeOrderPanel::updateButtons()
{
    const QString status = text(m_order, "status");
    const bool draft = status == QLatin1String("draft");
    const bool review = status == QLatin1String("in_review");
    const bool idle = !m_busy && !m_order.isEmpty();
    const bool hasItem = !selectedItem().isEmpty();
    m_edit->setEnabled(idle && draft);
    m_submit->setEnabled(idle && draft && m_items->rowCount() > 0);
    m_addItem->setEnabled(idle && draft);
    m_removeItem->setEnabled(idle && draft && hasItem);
    m_compare->setEnabled(!m_order.isEmpty() && hasItem);
    m_view->setEnabled(!m_order.isEmpty() && hasItem);
    m_withdraw->setEnabled(idle && review);
    m_reject->setEnabled(idle && review);
    m_cancel->setEnabled(idle && (draft || review));
    const QString meaning = m_steps->stepToSign();
    const bool mayThis = m_client && m_client->hasPermission(QStringLiteral("signature:change_order:") +
                                                             meaning); // the server checks again
    m_sign->setEnabled(idle && review && !meaning.isEmpty() && mayThis);
    m_sign->setToolTip(review && !meaning.isEmpty() && !mayThis
                           ? tr("You do not have the right to sign change orders as “%1”.")
                                 .arg(SignatureText::meaning(meaning))
                           : QString());
    m_sign->setText(meaning.isEmpty() ? tr("&Sign…")
                                      : tr("&Sign as %1…").arg(SignatureText::meaning(meaning)));
}

void ChangeOrderPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ChangeOrderPanel::write(const QString &method, QJsonObject params,
                             const std::function<QString(const QJsonObject &)> &notice)
{
    if (!m_client || m_order.isEmpty() || m_busy) return;
    params.insert(QStringLiteral("id"), m_order.value(QStringLiteral("id")));
    params.insert(QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion")));
    params.insert(QStringLiteral("idempotencyKey"), m_key.get());
    m_busy = true;
    showError({});
    m_notice->clear();
    updateButtons();
    m_client->call(method, params, this, [this, notice](const QJsonObject &r, const RpcError &e) {
        m_key.settle(e);
        m_busy = false;
        if (!e.isNull()) {
            showError(errorText(e));
            updateButtons();
            if (e.dataCode == QLatin1String("conflict")) reload();
            return;
        }
        m_notice->setText(notice(r));
        Q_EMIT orderChanged(r);
        reload(); // with the signatures, which a write's answer does not carry
    });
}

void ChangeOrderPanel::editHeader()
{
    if (m_order.isEmpty()) return;
    auto *dialog = new ChangeOrderDialog(m_client, m_order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeOrderDialog::saved, this, [this](const QJsonObject &order) {
        Q_EMIT orderChanged(order);
        reload();
    });
    dialog->open();
}

void ChangeOrderPanel::addItem()
{
    if (m_order.isEmpty()) return;
    auto *dialog = new AddItemDialog(m_client, m_order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddItemDialog::added, this, [this](const QJsonObject &order) {
        m_notice->setText(tr("Item added. Submit the change order when every changed version is on it."));
        Q_EMIT orderChanged(order);
        reload();
    });
    dialog->open();
}

void ChangeOrderPanel::removeSelectedItem()
{
    const QJsonObject item = selectedItem();
    if (item.isEmpty()) return;
    write(QStringLiteral("eco.removeItem"), {{QStringLiteral("itemId"), item.value(QStringLiteral("id"))}},
          [item](const QJsonObject &) {
              return tr("%1 is off the change order; the draft stays as it is.")
                  .arg(ChangeOrderText::item(item));
          });
}

void ChangeOrderPanel::submit()
{
    write(QStringLiteral("eco.submit"), {}, [](const QJsonObject &o) {
        return tr("%1 is submitted: its versions are in review and can no longer change. The server has "
                  "assessed "
                  "the impact below.")
            .arg(o.value(QStringLiteral("number")).toString());
    });
}

void ChangeOrderPanel::sign()
{
    signStep(m_steps->stepToSign());
}

void ChangeOrderPanel::signStep(const QString &meaning)
{
    if (!m_client || m_order.isEmpty() || meaning.isEmpty() || m_signatureDialog) return;
    const qint64 id = m_order.value(QStringLiteral("id")).toInteger();
    QStringList items;
    for (const QJsonValue &v : m_order.value(QStringLiteral("items")).toArray())
        items.append(ChangeOrderText::item(v.toObject()));
    SignatureRequest request;
    request.recordType = kRecordType;
    request.recordId = QString::number(id);
    request.recordVersion = m_order.value(QStringLiteral("rowVersion")).toInt();
    request.meaning = meaning;
    request.title = tr("Change order %1: %2").arg(text(m_order, "number"), text(m_order, "title"));
    request.lines = {{tr("Class"), m_class->text()},
                     {tr("Reason"), text(m_order, "reason")},
                     {tr("Items"), items.join(QStringLiteral("; "))},
                     {tr("Impact"), ImpactView::summary(m_order.value(QStringLiteral("impact")).toObject())},
                     {tr("Author"), m_author->text()}};
    auto *dialog = new SignatureDialog(m_client, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signatureDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_signatureDialog = nullptr; }); // deleted later
    const QString number = text(m_order, "number");
    const bool last = m_steps->nextStep() == meaning &&
                      m_order.value(QStringLiteral("steps")).toArray().last().toString() == meaning;
    connect(dialog, &SignatureDialog::signatureCreated, this,
            [this, number, meaning, last](const QJsonObject &) {
                m_notice->setText(
                    last ? tr("%1 is approved: its versions take effect from their dates.").arg(number)
                         : tr("%1 is signed as %2.").arg(number, SignatureText::meaning(meaning)));
                reload();
            });
    dialog->open();
}

void ChangeOrderPanel::closeWithReason(const QString &method, const QString &title, const QString &message,
                                       const QString &confirmText, const QString &doneText)
{
    if (!m_client || m_order.isEmpty() || m_reasonDialog) return;
    auto *dialog = new ReasonDialog(title, message, confirmText, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_reasonDialog = nullptr; });
    auto key = std::make_shared<WriteKey>();
    const QJsonObject order = m_order;
    connect(dialog, &ReasonDialog::confirmed, this,
            [this, dialog, key, method, order, doneText](const QString &reason) {
                if (!m_client) return;
                m_client->call(method,
                               {{QStringLiteral("id"), order.value(QStringLiteral("id"))},
                                {QStringLiteral("rowVersion"), order.value(QStringLiteral("rowVersion"))},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("idempotencyKey"), key->get()}},
                               dialog,
                               [this, dialog, key, doneText](const QJsonObject &r, const RpcError &e) {
                                   key->settle(e);
                                   dialog->finish(e);
                                   if (!e.isNull()) return;
                                   m_notice->setText(doneText);
                                   Q_EMIT orderChanged(r);
                                   reload();
                               });
            });
    dialog->open();
}

void ChangeOrderPanel::withdraw()
{
    const QString number = text(m_order, "number");
    closeWithReason(
        QStringLiteral("eco.withdraw"), tr("Withdraw change order"),
        tr("Withdraw %1 from review? Its versions become drafts again and the signatures given so far "
           "no longer count.")
            .arg(number),
        tr("&Withdraw"), tr("%1 is back in draft.").arg(number));
}

void ChangeOrderPanel::reject()
{
    const QString number = text(m_order, "number");
    closeWithReason(
        QStringLiteral("eco.reject"), tr("Reject change order"),
        tr("Reject %1? Its versions return to draft and are free for another change order.").arg(number),
        tr("&Reject"), tr("%1 is rejected.").arg(number));
}

void ChangeOrderPanel::cancelOrder()
{
    const QString number = text(m_order, "number");
    closeWithReason(QStringLiteral("eco.cancel"), tr("Cancel change order"),
                    tr("Cancel %1? Nothing on it takes effect; its versions return to draft.").arg(number),
                    tr("Cancel &order"), tr("%1 is cancelled.").arg(number));
}

void ChangeOrderPanel::compareSelectedItem()
{
    const QJsonObject item = selectedItem();
    if (item.isEmpty() || !m_client) return;
    // Submitted: the impact names the version replaced. Before that: the version in force now.
    for (const QJsonValue &v :
         m_order.value(QStringLiteral("impact")).toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        if (text(i, "entity") == text(item, "entity") && text(i, "code") == text(item, "code")) {
            openDiff(item, i.value(QStringLiteral("previousVersion")).toInt());
            return;
        }
    }
    m_client->call(DataDictionary::methodPrefix(text(item, "entity")) + QStringLiteral(".get"),
                   {{QStringLiteral("code"), text(item, "code")}}, this,
                   [this, item](const QJsonObject &current, const RpcError &e) {
                       const int version = current.value(QStringLiteral("version")).toInt();
                       const bool inForce = e.isNull() &&
                                            version != item.value(QStringLiteral("version")).toInt() &&
                                            text(current, "status") == QLatin1String("approved");
                       openDiff(item, inForce ? version : 0);
                   });
}

void ChangeOrderPanel::viewSelectedItem()
{
    const QJsonObject item = selectedItem();
    if (item.isEmpty() || !m_client) return;
    auto *dialog = new VersionViewDialog(m_client, text(item, "entity"), text(item, "code"),
                                         item.value(QStringLiteral("version")).toInt(), m_dictionary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChangeOrderPanel::openDiff(const QJsonObject &item, int previousVersion)
{
    if (m_dictionary.isEmpty()) {
        m_client->call(QStringLiteral("dictionary.get"), {}, this,
                       [this, item, previousVersion](const QJsonObject &r, const RpcError &e) {
                           if (!e.isNull()) {
                               showError(errorText(e));
                               return;
                           }
                           m_dictionary = r;
                           openDiff(item, previousVersion);
                       });
        return;
    }
    auto *dialog = new VersionDiffDialog(m_client, item, previousVersion, m_dictionary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace concord::ui
