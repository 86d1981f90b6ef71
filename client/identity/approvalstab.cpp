#include "identity/approvalstab.h"

#include "core/rpcclient.h"
#include "core/writekey.h"
#include "identity/approvalmodel.h"
#include "identity/reasondialog.h"
#include "shell/errortext.h"
#include "signature/signaturedialog.h"
#include "signature/signaturelist.h"
#include "signature/signaturetext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace concord::ui {

namespace {
const QString kSigned = QStringLiteral("signature.signed");
} // namespace

ApprovalsTab::ApprovalsTab(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("approvalsTab"));
    m_model = new ApprovalModel(client, this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("approvalStatus"));
    m_statusFilter->addItem(tr("All"), QString());
    for (const char *s : {"pending", "applied", "cancelled"})
        m_statusFilter->addItem(SignatureText::status(QLatin1String(s)), QLatin1String(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });

    m_cancel = new QPushButton(tr("&Cancel request…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelApproval"));
    m_cancel->setVisible(client && client->hasPermission(QStringLiteral("approval.cancel")));
    m_approve = new QPushButton(tr("Sign as &approved…"), this);
    m_approve->setObjectName(QStringLiteral("approveApproval"));
    m_approve->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &ApprovalsTab::cancelSelected);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsTab::approveSelected);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_statusFilter);
    bar->addStretch(1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_approve);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("approvalsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);

    auto *detailsBox = new QGroupBox(tr("The selected request and its signatures"), this);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signatures = new SignatureList(detailsBox);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_signatures, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("approvalsStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalsTab::showDetails);
    connect(m_model, &ApprovalModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        m_view->setColumnWidth(ApprovalModel::ChangeColumn, qMin(m_view->columnWidth(ApprovalModel::ChangeColumn), 360));
        if (m_shownId > 0) selectRequest(m_shownId);
        updateButtons();
    });
    connect(m_model, &ApprovalModel::loadFailed, this, [this](const RpcError &e) { m_status->setText(errorText(e)); });
    connect(m_model, &ApprovalModel::recordChanged, this, [this](qint64 id) {
        if (id == m_shownId) showDetails();
    });
    if (client) {
        client->subscribe({kSigned});
        connect(client, &RpcClient::eventReceived, this, [this](const QJsonObject &event) {
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            if (event.value(QStringLiteral("topic")).toString() == kSigned && m_shownId > 0 &&
                data.value(QStringLiteral("recordId")).toString().toLongLong() == m_shownId &&
                data.value(QStringLiteral("recordType")).toString() == selectedRequest().value(QStringLiteral("recordType")).toString())
                loadSignatures(m_shownId);
        });
    }
    showDetails();
}

ApprovalsTab::~ApprovalsTab()
{
    if (m_client) m_client->unsubscribe({kSigned});
}

QJsonObject ApprovalsTab::selectedRequest() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : rows.first().data(ApprovalModel::RequestRole).toJsonObject();
}

bool ApprovalsTab::selectRequest(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ApprovalsTab::updateButtons()
{
    const QJsonObject r = selectedRequest();
    const bool pending = r.value(QStringLiteral("status")).toString() == QLatin1String("pending");
    const QString right = QStringLiteral("signature:%1:approved").arg(r.value(QStringLiteral("recordType")).toString());
    m_cancel->setEnabled(pending);
    // Shown only to those who may approve this kind; the server checks again (and refuses authors).
    m_approve->setVisible(m_client && (r.isEmpty() ? (m_client->hasPermission(QStringLiteral("signature:role_permission_change:approved")) ||
                                                      m_client->hasPermission(QStringLiteral("signature:user_deactivation:approved")))
                                                   : m_client->hasPermission(right)));
    m_approve->setEnabled(pending);
}

void ApprovalsTab::showDetails()
{
    updateButtons();
    const QJsonObject r = selectedRequest();
    if (r.isEmpty()) {
        m_shownId = 0;
        m_details->setText(tr("Select a request to see what it changes and who signed it."));
        m_signatures->setSignatures({});
        return;
    }
    const qint64 id = r.value(QStringLiteral("id")).toInteger();
    m_details->setText(tr("%1 %2 for %3: %4. Requested by %5 on %6. Reason: %7. Status: %8.")
                           .arg(ApprovalModel::kindText(r.value(QStringLiteral("recordType")).toString()))
                           .arg(id)
                           .arg(r.value(QStringLiteral("subjectName")).toString(), ApprovalModel::changeText(r),
                                r.value(QStringLiteral("requestedByUsername")).toString(),
                                SignatureText::localTime(r.value(QStringLiteral("requestedAt")).toString()),
                                r.value(QStringLiteral("reason")).toString(), SignatureText::status(r.value(QStringLiteral("status")).toString())));
    if (id != m_shownId) m_signatures->setSignatures({});
    m_shownId = id;
    loadSignatures(id);
}

void ApprovalsTab::loadSignatures(qint64 id)
{
    if (!m_client) return;
    m_client->call(QStringLiteral("approvalRequest.get"), {{QStringLiteral("id"), id}}, this, [this, id](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull()) {
            m_status->setText(errorText(e));
            return;
        }
        if (id != m_shownId) return; // another request was selected meanwhile
        m_signatures->setSignatures(r.value(QStringLiteral("signatures")).toArray());
        Q_EMIT signaturesShown(id);
    });
}

void ApprovalsTab::cancelSelected()
{
    const QJsonObject r = selectedRequest();
    if (r.isEmpty() || !m_client) return;
    const qint64 id = r.value(QStringLiteral("id")).toInteger();
    auto *dialog = new ReasonDialog(tr("Cancel request"),
                                    tr("Cancel %1 %2 for %3 (%4)? Nothing of it takes effect.")
                                        .arg(ApprovalModel::kindText(r.value(QStringLiteral("recordType")).toString()))
                                        .arg(id)
                                        .arg(r.value(QStringLiteral("subjectName")).toString(), ApprovalModel::changeText(r)),
                                    tr("Cancel &request"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto key = std::make_shared<WriteKey>();
    connect(dialog, &ReasonDialog::confirmed, this, [this, dialog, key, id](const QString &reason) {
        if (!m_client) return;
        m_client->call(QStringLiteral("approvalRequest.cancel"),
                       {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}, {QStringLiteral("idempotencyKey"), key->get()}}, dialog,
                       [this, dialog, key](const QJsonObject &r, const RpcError &e) {
                           key->settle(e);
                           dialog->finish(e);
                           if (e.isNull()) m_model->upsert(r);
                       });
    });
    dialog->open();
}

void ApprovalsTab::approveSelected()
{
    const QJsonObject r = selectedRequest();
    if (r.isEmpty() || !m_client || m_signatureDialog) return;
    const qint64 id = r.value(QStringLiteral("id")).toInteger();
    const QString kind = ApprovalModel::kindText(r.value(QStringLiteral("recordType")).toString());
    SignatureRequest request;
    request.recordType = r.value(QStringLiteral("recordType")).toString();
    request.recordId = QString::number(id);
    request.recordVersion = r.value(QStringLiteral("rowVersion")).toInt();
    request.meaning = QStringLiteral("approved");
    request.title = tr("%1 for %2").arg(kind, r.value(QStringLiteral("subjectName")).toString());
    request.lines = {{tr("Change"), ApprovalModel::changeText(r)},
                     {tr("Reason"), r.value(QStringLiteral("reason")).toString()},
                     {tr("Requested by"), r.value(QStringLiteral("requestedByName")).toString() + QStringLiteral(" (") +
                                              r.value(QStringLiteral("requestedByUsername")).toString() + QLatin1Char(')')},
                     {tr("Requested at"), SignatureText::localTime(r.value(QStringLiteral("requestedAt")).toString())}};
    auto *dialog = new SignatureDialog(m_client, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signatureDialog = dialog;
    connect(dialog, &SignatureDialog::signatureCreated, this, [this, id, kind](const QJsonObject &) {
        m_model->refetch(id); // the approval applies it: the status changes with it
        if (id == m_shownId) loadSignatures(id);
        m_status->setText(tr("%1 %2 is approved and in effect.").arg(kind).arg(id));
    });
    dialog->open();
}

} // namespace concord::ui
