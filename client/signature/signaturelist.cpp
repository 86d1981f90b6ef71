#include "signature/signaturelist.h"

#include "signature/signaturetext.h"

#include <QHeaderView>
#include <QJsonObject>

namespace concord::ui {

SignatureList::SignatureList(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("signatureList"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels(
        {tr("Meaning"), tr("Signed by"), tr("Date and time"), tr("Version"), tr("Validity"), tr("Comment")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    // Sized by their contents as rows come and go; the comment takes the rest.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    setWordWrap(false);
}

QString SignatureList::validityText(const QJsonObject &signature)
{
    if (signature.value(QStringLiteral("valid")).toBool()) return tr("Valid");
    const QString problem = signature.value(QStringLiteral("problem")).toString();
    QString why = problem;
    if (problem == QLatin1String("record modified after signing"))
        why = tr("the record was changed after signing");
    else if (problem == QLatin1String("record no longer exists"))
        why = tr("the record no longer exists");
    else if (problem == QLatin1String("signature record altered"))
        why = tr("the signature record was altered");
    return why.isEmpty() ? tr("Not valid") : tr("Not valid: %1").arg(why);
}

void SignatureList::setSignatures(const QJsonArray &signatures)
{
    m_signatures = signatures;
    setRowCount(int(signatures.size()));
    for (int row = 0; row < signatures.size(); ++row) {
        const QJsonObject s = signatures.at(row).toObject();
        const bool valid = s.value(QStringLiteral("valid")).toBool();
        const QString name = tr("%1 (%2)").arg(s.value(QStringLiteral("printedName")).toString(),
                                               s.value(QStringLiteral("signerUsername")).toString());
        const QStringList cells{SignatureText::meaning(s.value(QStringLiteral("meaning")).toString()),
                                name,
                                SignatureText::localTime(s.value(QStringLiteral("signedAt")).toString()),
                                QString::number(s.value(QStringLiteral("recordVersion")).toInt()),
                                validityText(s),
                                s.value(QStringLiteral("reason")).toString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(SignatureText::manifestation(s));
            if (column == ValidityColumn)
                item->setForeground(valid ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb0, 0x00, 0x20));
            setItem(row, column, item);
        }
    }
}

} // namespace concord::ui
