#include "kiosk/alarmboarddelegate.h"

#include "core/alarmmodel.h"
#include "kiosk/darktheme.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace concord::ui {

namespace {
const QString kCritical = QStringLiteral("critical");

QString severityOf(const QModelIndex &index)
{
    return index.data(AlarmModel::SeverityRole).toString();
}

// Today's alarms by time; older ones by date, which is what the line needs to know about them.
QString raisedText(const QModelIndex &index)
{
    const QDateTime raised = index.data(AlarmModel::RaisedAtRole).toDateTime();
    if (!raised.isValid()) return {};
    if (raised.date() == QDate::currentDate()) return raised.toString(QStringLiteral("HH:mm"));
    return raised.toString(QStringLiteral("MM-dd"));
}
} // namespace

QFont AlarmBoardDelegate::rowFont(const QFont &base, bool critical)
{
    QFont f = base;
    if (critical) {
        if (f.pixelSize() > 0)
            f.setPixelSize(int(f.pixelSize() * 1.25));
        else
            f.setPointSizeF(f.pointSizeF() * 1.25);
        f.setBold(true);
    }
    return f;
}

int AlarmBoardDelegate::rowHeight(const QFont &base, const QString &severity)
{
    const bool critical = severity == kCritical;
    const QFontMetrics fm(rowFont(base, critical));
    const int gap = std::max(4, fm.height() / 6);
    return int(fm.height() * (critical ? 2.0 : 1.5)) + gap;
}

QSize AlarmBoardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QSize(option.rect.width(), rowHeight(option.font, severityOf(index)));
}

void AlarmBoardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QString severity = severityOf(index);
    const bool critical = severity == kCritical;
    const QFont font = rowFont(option.font, critical);
    const QFontMetrics fm(font);
    const int gap = std::max(4, fm.height() / 6);
    const int pad = fm.height() / 2;
    const QRect row = option.rect.adjusted(0, 0, 0, -gap);
    const qreal radius = fm.height() / 5.0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(darktheme::severityRowColor(severity));
    painter->drawRoundedRect(row, radius, radius);

    // The badge: the severity in words on its colour, as wide as the longest of the three words.
    QFont badgeFont = font;
    badgeFont.setBold(true);
    const QFontMetrics bfm(badgeFont);
    const QString label = index.siblingAtColumn(AlarmModel::SeverityColumn).data().toString();
    int badgeWidth = bfm.horizontalAdvance(label);
    for (const QString &word :
         {AlarmModel::tr("Critical"), AlarmModel::tr("Warning"), AlarmModel::tr("Info")})
        badgeWidth = std::max(badgeWidth, bfm.horizontalAdvance(word));
    badgeWidth += 2 * pad;
    const QRect badge(row.left(), row.top(), badgeWidth, row.height());
    QPainterPath badgePath;
    badgePath.addRoundedRect(badge, radius, radius);
    badgePath.addRect(badge.adjusted(badge.width() / 2, 0, 0, 0));
    badgePath.setFillRule(Qt::WindingFill);
    painter->setBrush(darktheme::severityColor(severity));
    painter->drawPath(badgePath.simplified());
    painter->setFont(badgeFont);
    painter->setPen(darktheme::severityTextColor(severity));
    painter->drawText(badge, Qt::AlignCenter, label);

    // Time, source, message.
    painter->setFont(font);
    int x = badge.right() + pad;
    const QString time = raisedText(index);
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("00:00"));
    painter->setPen(darktheme::mutedText());
    painter->drawText(QRect(x, row.top(), timeWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter, time);
    x += timeWidth + pad;

    // The source in a column of its own, so that the messages start in one line down the screen.
    QFont sourceFont = font;
    sourceFont.setBold(true);
    const QFontMetrics sfm(sourceFont);
    const QString source = index.siblingAtColumn(AlarmModel::SourceColumn).data().toString();
    const int sourceWidth = std::min(sfm.horizontalAdvance(QStringLiteral("MMM-000")), row.width() / 5);
    painter->setFont(sourceFont);
    painter->setPen(darktheme::text());
    painter->drawText(QRect(x, row.top(), sourceWidth + pad, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(source, Qt::ElideRight, sourceWidth));
    x += sourceWidth + pad;

    const QString message = index.siblingAtColumn(AlarmModel::MessageColumn).data().toString();
    const int messageWidth = std::max(0, row.right() - pad - x);
    const QRect messageRect(x, row.top(), messageWidth, row.height());
    if (critical && fm.horizontalAdvance(message) > messageWidth) {
        // A critical message is read in full: two lines in the row's normal type rather than cut off.
        QFont wrapped = option.font;
        wrapped.setBold(true);
        painter->setFont(wrapped);
        painter->setClipRect(messageRect);
        painter->drawText(messageRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, message);
    } else {
        painter->setFont(font);
        painter->drawText(messageRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(message, Qt::ElideRight, messageWidth));
    }
    painter->restore();
}

} // namespace concord::ui
