#include "changecontrol/additemdialog.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "shell/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTime>
#include <QTimeZone>
#include <QVBoxLayout>

namespace concord::ui {

AddItemDialog::AddItemDialog(RpcClient *client, const QJsonObject &order, QWidget *parent)
    : QDialog(parent), m_client(client), m_order(order)
{
    setObjectName(QStringLiteral("addItemDialog"));
    setWindowTitle(tr("Add item to %1").arg(order.value(QStringLiteral("number")).toString()));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("itemEntity"));
    for (const char *e : {"material", "bom", "routing"})
        m_entity->addItem(DataDictionary::valueLabel(QLatin1String(e)), QLatin1String(e));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("itemAction"));
    m_action->addItem(tr("Release its new draft version"), QStringLiteral("release"));
    m_action->addItem(tr("Take the approved version out of use (obsolete)"), QStringLiteral("obsolete"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("itemCode"));
    m_code->setEditable(true);
    m_code->setInsertPolicy(QComboBox::NoInsert);
    m_code->lineEdit()->setPlaceholderText(tr("Code of a record with an open draft"));
    m_scheduled = new QCheckBox(tr("Takes effect at a set date and time (otherwise when approved)"), this);
    m_scheduled->setObjectName(QStringLiteral("itemScheduled"));
    m_effective = new QDateTimeEdit(this);
    m_effective->setObjectName(QStringLiteral("itemEffectiveFrom"));
    m_effective->setCalendarPopup(true);
    m_effective->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_effective->setTimeSpec(Qt::LocalTime);
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(6, 0));
    m_effective->setDateTime(tomorrow);
    m_effective->setEnabled(false);
    const QString zone = QDateTime::currentDateTime().timeZoneAbbreviation();
    auto *zoneLabel = new QLabel(tr("local time (%1)").arg(zone), this);
    m_utc = new QLabel(this);
    m_utc->setObjectName(QStringLiteral("itemEffectiveUtc"));
    m_utc->setStyleSheet(QStringLiteral("color: #555555;"));
    m_error = makeErrorLabel(this);

    auto *when = new QHBoxLayout;
    when->addWidget(m_effective);
    when->addWidget(zoneLabel, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_entity);
    form->addRow(tr("Ac&tion:"), m_action);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(m_scheduled);
    form->addRow(tr("&Effective from:"), when);
    form->addRow(QString(), m_utc);
    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add item"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_add, &QPushButton::clicked, this, &AddItemDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AddItemDialog::loadDrafts);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AddItemDialog::loadDrafts);
    connect(m_code, &QComboBox::currentTextChanged, this, &AddItemDialog::updateState);
    connect(m_scheduled, &QCheckBox::toggled, this, [this](bool on) {
        m_effective->setEnabled(on);
        updateState();
    });
    connect(m_effective, &QDateTimeEdit::dateTimeChanged, this, &AddItemDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    loadDrafts();
    updateState();
}

void AddItemDialog::loadDrafts()
{
    if (!m_client) return;
    const QString entity = m_entity->currentData().toString();
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_code->clear();
    m_client->call(entity + QStringLiteral(".list"), {{QStringLiteral("limit"), 5000}}, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return;
                       m_loaded = true;
                       if (!e.isNull()) {
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       // Release: records whose newest version is a draft. Obsolete: records with a version in force.
                       const bool obsolete = m_action->currentData().toString() == QLatin1String("obsolete");
                       for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray()) {
                           const QJsonObject rec = v.toObject();
                           if (obsolete ? rec.value(QStringLiteral("status")).toString() != QLatin1String("approved")
                                        : rec.value(QStringLiteral("latestStatus")).toString() != QLatin1String("draft"))
                               continue;
                           const QString code = rec.value(QStringLiteral("code")).toString();
                           const QString name = rec.value(QStringLiteral("name")).toString();
                           if (obsolete) {
                               m_code->addItem(tr("%1 — %2 (version %3 in force)")
                                                   .arg(code, name.isEmpty() ? code : name)
                                                   .arg(rec.value(QStringLiteral("version")).toInt()),
                                               code);
                               continue;
                           }
                           m_code->addItem(name.isEmpty()
                                               ? tr("%1 (draft version %2)")
                                                     .arg(code)
                                                     .arg(rec.value(QStringLiteral("latestVersion")).toInt())
                                               : tr("%1 — %2 (draft version %3)")
                                                     .arg(code, name)
                                                     .arg(rec.value(QStringLiteral("latestVersion")).toInt()),
                                           code);
                       }
                       m_code->setCurrentIndex(-1);
                       updateState();
                   });
}

void AddItemDialog::choose(const QString &entity, const QString &code, const QDateTime &effectiveFrom)
{
    m_entity->setCurrentIndex(m_entity->findData(entity));
    m_code->setEditText(code);
    m_scheduled->setChecked(effectiveFrom.isValid());
    if (effectiveFrom.isValid()) m_effective->setDateTime(effectiveFrom.toLocalTime());
}

QString AddItemDialog::effectiveFromUtc() const
{
    if (!m_scheduled->isChecked()) return {};
    return m_effective->dateTime().toUTC().toString(Qt::ISODateWithMs);
}

void AddItemDialog::updateState()
{
    m_utc->setText(
        m_scheduled->isChecked()
            ? tr("Sent to the server as %1 UTC")
                  .arg(m_effective->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : m_action->currentData().toString() == QLatin1String("obsolete")
                  ? tr("The version in force goes out of use at the moment of the approving signature.")
                  : tr("The new version takes effect at the moment of the approving signature."));
    m_add->setEnabled(!m_busy && !m_code->currentText().trimmed().isEmpty());
}

void AddItemDialog::add()
{
    if (!m_client || !m_add->isEnabled()) return;
    // An entry chosen from the list carries its code; typed text is the code itself.
    QString code = m_code->currentText().trimmed();
    const int at = m_code->findText(code);
    if (at >= 0 && !m_code->itemData(at).toString().isEmpty()) code = m_code->itemData(at).toString();
    QJsonObject params{{QStringLiteral("id"), m_order.value(QStringLiteral("id"))},
                       {QStringLiteral("rowVersion"), m_order.value(QStringLiteral("rowVersion"))},
                       {QStringLiteral("entity"), m_entity->currentData().toString()},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("action"), m_action->currentData().toString()},
                       {QStringLiteral("idempotencyKey"), m_key.get()}};
    const QString effective = effectiveFromUtc();
    if (!effective.isEmpty()) params.insert(QStringLiteral("effectiveFrom"), effective);
    m_busy = true;
    m_error->hide();
    updateState();
    m_client->call(QStringLiteral("eco.addItem"), params, this,
                   [this](const QJsonObject &r, const RpcError &e) {
                       m_key.settle(e);
                       m_busy = false;
                       updateState();
                       if (!e.isNull()) {
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       Q_EMIT added(r);
                       accept();
                   });
}

} // namespace concord::ui
