#include "audit/auditfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
// Suggestions only: the fields take any value, since modules add record types and actions.
const char *const kRecordTypes[] = {"alarm", "user", "role", "role_change", "role_permission_change", "user_deactivation", "installation", "session", "method"};
const char *const kActions[] = {"create",
                                "update",
                                "deactivate",
                                "lock",
                                "unlock",
                                "auth.login",
                                "auth.login_refused",
                                "auth.password_changed",
                                "auth.password_reset",
                                "auth.resume",
                                "session.ended",
                                "session.locked",
                                "session.unlocked",
                                "signature.signed",
                                "access.denied"};

QComboBox *suggestionBox(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert); // Enter applies the filter, it does not add items
    box->addItem(QString());
    box->lineEdit()->setPlaceholderText(placeholder);
    box->setMinimumContentsLength(10);
    return box;
}

QDateTimeEdit *timeEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    // Local time, and the zone is shown, so that nobody wonders which clock a bound is on.
    edit->setTimeSpec(Qt::LocalTime);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm t"));
    // Room for a zone abbreviation such as CEST: the size hint does not count the zone.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00 CEST")) +
                          40);
    edit->setEnabled(false);
    return edit;
}
} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditFilterBar"));
    const QString any = tr("any");
    m_recordType = suggestionBox("recordType", any, this);
    for (const char *type : kRecordTypes)
        m_recordType->addItem(QString::fromLatin1(type));
    m_recordId = new QLineEdit(this);
    m_recordId->setObjectName(QStringLiteral("recordId"));
    m_recordId->setPlaceholderText(any);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("user name"));
    m_action = suggestionBox("action", any, this);
    for (const char *action : kActions)
        m_action->addItem(QString::fromLatin1(action));

    m_useFrom = new QCheckBox(tr("From:"), this);
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_from = timeEdit("from", this);
    m_from->setToolTip(tr("Entries at or after this time"));
    m_useTo = new QCheckBox(tr("To:"), this);
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_to = timeEdit("to", this);
    m_to->setToolTip(tr("Entries before this time"));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_upToSeq = new QLineEdit(this);
    m_upToSeq->setObjectName(QStringLiteral("upToSeq"));
    m_upToSeq->setPlaceholderText(tr("newest"));
    m_upToSeq->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,15}")), m_upToSeq));
    m_upToSeq->setToolTip(tr("List the trail from this entry number down"));
    m_upToSeq->setMaximumWidth(m_upToSeq->fontMetrics().horizontalAdvance(QStringLiteral("000000000000")) +
                               16);

    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyFilter"));
    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT clearRequested();
    });

    // Two rows, each laid out on its own: what is filtered, then when and from which entry.
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *what = new QHBoxLayout;
    what->addWidget(label(tr("Record &type:"), m_recordType));
    what->addWidget(m_recordType, 2);
    what->addWidget(label(tr("Record &ID:"), m_recordId));
    what->addWidget(m_recordId, 3);
    what->addWidget(label(tr("&User:"), m_user));
    what->addWidget(m_user, 2);
    what->addWidget(label(tr("Actio&n:"), m_action));
    what->addWidget(m_action, 2);

    auto *when = new QHBoxLayout;
    when->addWidget(m_useFrom);
    when->addWidget(m_from);
    when->addSpacing(8);
    when->addWidget(m_useTo);
    when->addWidget(m_to);
    when->addSpacing(8);
    when->addWidget(label(tr("Up to &entry #:"), m_upToSeq));
    when->addWidget(m_upToSeq);
    when->addStretch(1);
    when->addWidget(m_apply);
    when->addWidget(m_clear);

    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(what);
    rows->addLayout(when);
    clear();
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    f.recordType = m_recordType->currentText().trimmed();
    f.recordId = m_recordId->text().trimmed();
    f.username = m_user->text().trimmed();
    f.action = m_action->currentText().trimmed();
    if (m_useFrom->isChecked()) f.from = m_from->dateTime();
    if (m_useTo->isChecked()) f.to = m_to->dateTime();
    f.upToSeq = m_upToSeq->text().toLongLong();
    return f;
}

void AuditFilterBar::setFilter(const AuditFilter &f)
{
    m_recordType->setCurrentText(f.recordType);
    m_recordId->setText(f.recordId);
    m_user->setText(f.username);
    m_action->setCurrentText(f.action);
    m_useFrom->setChecked(f.from.isValid());
    if (f.from.isValid()) m_from->setDateTime(f.from.toLocalTime());
    m_useTo->setChecked(f.to.isValid());
    if (f.to.isValid()) m_to->setDateTime(f.to.toLocalTime());
    m_upToSeq->setText(f.upToSeq > 0 ? QString::number(f.upToSeq) : QString());
}

void AuditFilterBar::clear()
{
    setFilter({});
    // When a bound is switched on it starts at a useful value: today, in local time.
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0));
    m_from->setDateTime(today);
    m_to->setDateTime(today.addDays(1));
}

void AuditFilterBar::keyPressEvent(QKeyEvent *event)
{
    // The fields leave Enter to their parent (as they would to a dialog's default button).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT applyRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString AuditFilterBar::describe(const AuditFilter &f)
{
    QStringList parts;
    if (!f.recordType.isEmpty() || !f.recordId.isEmpty()) {
        parts.append(tr("record %1 %2")
                         .arg(f.recordType.isEmpty() ? tr("(any type)") : f.recordType,
                              f.recordId.isEmpty() ? tr("(any ID)") : f.recordId)
                         .simplified());
    }
    if (!f.username.isEmpty()) parts.append(tr("user %1").arg(f.username));
    if (!f.action.isEmpty()) parts.append(tr("action %1").arg(f.action));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm t");
    if (f.from.isValid()) parts.append(tr("from %1").arg(QLocale().toString(f.from.toLocalTime(), format)));
    if (f.to.isValid()) parts.append(tr("before %1").arg(QLocale().toString(f.to.toLocalTime(), format)));
    if (f.upToSeq > 0) parts.append(tr("entries up to #%1").arg(f.upToSeq));
    return parts.isEmpty() ? tr("All entries") : parts.join(QStringLiteral("; "));
}

} // namespace concord::ui
