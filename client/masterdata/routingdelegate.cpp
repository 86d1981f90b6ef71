#include "masterdata/routingdelegate.h"

#include "masterdata/decimalvalidator.h"
#include "masterdata/referencedata.h"
#include "masterdata/routingparametermodel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>

namespace concord::ui {

namespace {
constexpr int kBarWidth = 110;
}

RoutingDelegate::RoutingDelegate(const ReferenceData *refs, QHash<int, Kind> kinds, QObject *parent)
    : QStyledItemDelegate(parent), m_refs(refs), m_kinds(std::move(kinds))
{
}

QWidget *RoutingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (m_kinds.value(index.column(), Text)) {
    case Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, 9999);
        spin->setObjectName(QStringLiteral("integerEditor"));
        return spin;
    }
    case Decimal:
    case SignedDecimal: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("decimalEditor"));
        edit->setValidator(new DecimalValidator(m_kinds.value(index.column()) == SignedDecimal, edit));
        edit->setAlignment(Qt::AlignRight);
        return edit;
    }
    case WorkCentre:
    case Unit: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(m_kinds.value(index.column()) == Unit ? QStringLiteral("unitEditor")
                                                                   : QStringLiteral("workCentreEditor"));
        if (m_refs && m_kinds.value(index.column()) == Unit) {
            for (const QString &u : m_refs->unitCodes())
                combo->addItem(u, u);
        } else if (m_refs) {
            for (const QJsonObject &w : m_refs->workCentres())
                combo->addItem(tr("%1 — %2").arg(w.value(QStringLiteral("code")).toString(),
                                                 w.value(QStringLiteral("name")).toString()),
                               w.value(QStringLiteral("code")).toString());
        }
        connect(combo, &QComboBox::activated, this,
                [this, combo] { Q_EMIT const_cast<RoutingDelegate *>(this)->commitData(combo); });
        return combo;
    }
    case Limits:
        return nullptr;
    case Text: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("textEditor"));
        edit->setMaxLength(2000);
        return edit;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void RoutingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int at = combo->findData(value.toString());
        if (at < 0 && !value.toString().isEmpty()) {
            combo->addItem(value.toString(), value.toString());
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(at);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value.toString());
    }
}

void RoutingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text());
    }
}

QSize RoutingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_kinds.value(index.column()) == Limits) size.rwidth() += kBarWidth + 12;
    return size;
}

void RoutingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (m_kinds.value(index.column()) == Limits)
        paintLimits(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void RoutingDelegate::paintLimits(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool ok = index.data(RoutingParameterModel::LimitsOkRole).toBool();
    const int permille = index.data(RoutingParameterModel::TargetPermilleRole).toInt();
    const QRect r = option.rect.adjusted(4, 2, -4, -2);
    const QRect bar(r.right() - kBarWidth, r.top(), kBarWidth, r.height());
    const QRect textRect(r.left(), r.top(), r.width() - kBarWidth - 8, r.height());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor bad(0xc6, 0x28, 0x28);
    painter->setPen(ok ? opt.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                 : QPalette::Text)
                       : bad);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));

    const int y = bar.center().y();
    const int left = bar.left() + 6;
    const int right = bar.right() - 6;
    if (text.isEmpty()) {
        painter->restore();
        return;
    }
    // The band of acceptable values, the ticks of the limits, the target as a marker.
    painter->setPen(Qt::NoPen);
    painter->setBrush(ok ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xcd, 0xd2));
    painter->drawRoundedRect(QRect(left, y - 4, right - left, 8), 3, 3);
    painter->setPen(QPen(ok ? QColor(0x2e, 0x7d, 0x32) : bad, 2));
    painter->drawLine(left, y - 7, left, y + 7);
    painter->drawLine(right, y - 7, right, y + 7);
    if (ok && permille >= 0) {
        const int x = left + (right - left) * permille / 1000;
        painter->setBrush(QColor(0x1b, 0x5e, 0x20));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPoint(x, y), 5, 5);
    } else if (!ok) {
        painter->setPen(QPen(bad, 2));
        const int cx = (left + right) / 2;
        painter->drawLine(cx - 5, y - 5, cx + 5, y + 5);
        painter->drawLine(cx - 5, y + 5, cx + 5, y - 5);
    }
    painter->restore();
}

} // namespace concord::ui
