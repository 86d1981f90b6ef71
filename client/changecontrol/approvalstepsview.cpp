#include "changecontrol/approvalstepsview.h"

#include "changecontrol/changeordertext.h"
#include "signature/signaturelist.h"
#include "signature/signaturetext.h"

#include <QHeaderView>
#include <QJsonArray>

namespace concord::ui {

ApprovalStepsView::ApprovalStepsView(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("approvalSteps"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Step"), tr("Meaning"), tr("State"), tr("Signed by"), tr("Date and time"), tr("Validity")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

QJsonObject ApprovalStepsView::signatureOf(const QJsonObject &order, const QString &meaning)
{
    QJsonObject invalid;
    for (const QJsonValue &v : order.value(QStringLiteral("signatures")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("meaning")).toString() != meaning) continue;
        if (s.value(QStringLiteral("valid")).toBool()) return s;
        invalid = s; // signatures come oldest first: keep the newest
    }
    return invalid;
}

void ApprovalStepsView::setOrder(const QJsonObject &order)
{
    const QString keep = stepToSign();
    m_order = order;
    m_steps.clear();
    for (const QJsonValue &v : order.value(QStringLiteral("steps")).toArray())
        m_steps.append(v.toString());
    const QString status = order.value(QStringLiteral("status")).toString();
    m_next.clear();
    if (status == QLatin1String("in_review"))
        for (const QString &meaning : m_steps)
            if (!signatureOf(order, meaning).value(QStringLiteral("valid")).toBool()) {
                m_next = meaning;
                break;
            }
    clearContents();
    setRowCount(int(m_steps.size()));
    for (int row = 0; row < m_steps.size(); ++row) {
        const QString &meaning = m_steps.at(row);
        const QJsonObject sig = signatureOf(order, meaning);
        const bool valid = sig.value(QStringLiteral("valid")).toBool();
        QString state;
        if (valid)
            state = tr("Signed");
        else if (status == QLatin1String("in_review"))
            state = meaning == m_next ? tr("Next to sign")
                                      : tr("Waiting for step %1").arg(m_steps.indexOf(m_next) + 1);
        else if (status == QLatin1String("draft"))
            state = tr("After submission");
        else
            state = tr("Not signed");
        const QStringList cells{
            QString::number(row + 1),
            SignatureText::meaning(meaning),
            state,
            sig.isEmpty() ? QString()
                          : ChangeOrderText::person(sig.value(QStringLiteral("printedName")).toString(),
                                                    sig.value(QStringLiteral("signerUsername")).toString()),
            sig.isEmpty() ? QString()
                          : SignatureText::localTime(sig.value(QStringLiteral("signedAt")).toString()),
            sig.isEmpty() ? QString() : SignatureList::validityText(sig)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, meaning);
            if (!sig.isEmpty()) item->setToolTip(SignatureText::manifestation(sig));
            if (column == ValidityColumn && !sig.isEmpty())
                item->setForeground(valid ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
            if (column == StateColumn && meaning == m_next) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setForeground(QColor(0xb2, 0x6a, 0x00));
            }
            setItem(row, column, item);
        }
    }
    if (!selectStep(keep)) clearSelection();
}

QString ApprovalStepsView::stepToSign() const
{
    const QList<QTableWidgetItem *> selected = selectedItems();
    if (!selected.isEmpty()) {
        const QString meaning = selected.first()->data(Qt::UserRole).toString();
        if (!signatureOf(m_order, meaning).value(QStringLiteral("valid")).toBool() && !m_next.isEmpty())
            return meaning;
    }
    return m_next;
}

bool ApprovalStepsView::selectStep(const QString &meaning)
{
    const int row = int(m_steps.indexOf(meaning));
    if (meaning.isEmpty() || row < 0) return false;
    selectRow(row);
    return true;
}

} // namespace concord::ui
