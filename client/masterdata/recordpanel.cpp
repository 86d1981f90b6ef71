#include "masterdata/recordpanel.h"

#include "core/rpcclient.h"
#include "core/timetext.h"
#include "identity/reasondialog.h"
#include "masterdata/recordeditor.h"
#include "shell/errortext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

RecordPanel::RecordPanel(RpcClient *client, const QJsonObject &entity, const QJsonObject &dictionary, QWidget *parent)
    : QWidget(parent), m_client(client), m_entity(entity), m_dictionary(dictionary),
      m_versioned(DataDictionary::isVersioned(entity))
{
    setObjectName(QStringLiteral("recordPanel"));
    const QString permission = entity.value(QStringLiteral("editPermission")).toString();
    m_mayEdit = client && !permission.isEmpty() && client->hasPermission(permission);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("recordNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #444444;"));
    m_editor = createRecordEditor(entity, dictionary, client, this);
    connect(m_editor, &RecordEditor::edited, this, [this] {
        m_dirty = true;
        m_notice->clear();
        updateState();
    });
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("recordNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_error = makeErrorLabel(this);

    auto button = [this](const QString &label, const char *name, void (RecordPanel::*slot)()) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_save = button(tr("&Save"), "save", &RecordPanel::save);
    m_save->setDefault(true);
    m_revert = button(tr("&Undo changes"), "revert", &RecordPanel::revert);
    m_newDraft = button(tr("Start new &draft"), "newDraft", &RecordPanel::startDraft);
    m_openDraft = button(tr("Open &draft"), "openDraft", &RecordPanel::openLatestDraft);
    m_discard = button(tr("D&iscard draft…"), "discardDraft", &RecordPanel::discardDraft);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_revert, m_newDraft, m_openDraft, m_discard})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    clear();
}

void RecordPanel::clear()
{
    ++m_generation;
    m_code.clear();
    m_record = {};
    m_mode = Mode::Empty;
    m_dirty = false;
    m_editor->setRecord({}, false);
    m_title->setText(tr("Choose a record in the list, or create a new one."));
    m_notice->clear();
    m_error->hide();
    updateState();
}

void RecordPanel::showRecord(const QString &code, int version)
{
    QJsonObject params{{QStringLiteral("code"), code}};
    if (version > 0)
        params.insert(QStringLiteral("version"), version);
    else if (m_versioned && m_asOf.isValid())
        params.insert(QStringLiteral("asOf"), m_asOf.toUTC().toString(Qt::ISODateWithMs));
    m_code = code;
    load(params);
}

void RecordPanel::withLatest(const QJsonObject &version, std::function<void(const QJsonObject &)> done)
{
    // A given version's answer does not say whether a newer draft exists; the current one does.
    if (!m_versioned || version.contains(QStringLiteral("latestVersion")) || !m_client) {
        done(version);
        return;
    }
    m_client->call(DataDictionary::method(m_entity, "get"), {{QStringLiteral("code"), version.value(QStringLiteral("code"))}}, this,
                   [version, done](const QJsonObject &current, const RpcError &) {
                       QJsonObject record = version;
                       record.insert(QStringLiteral("latestVersion"),
                                     current.value(QStringLiteral("latestVersion")).toInt(version.value(QStringLiteral("version")).toInt()));
                       record.insert(QStringLiteral("latestStatus"), current.contains(QStringLiteral("latestStatus"))
                                                                         ? current.value(QStringLiteral("latestStatus"))
                                                                         : version.value(QStringLiteral("status")));
                       done(record);
                   });
}

void RecordPanel::refresh()
{
    if (!m_client || m_mode != Mode::Existing || m_code.isEmpty() || m_busy) return;
    QJsonObject params{{QStringLiteral("code"), m_code}};
    if (m_versioned) params.insert(QStringLiteral("version"), m_record.value(QStringLiteral("version")));
    const quint64 generation = m_generation; // a record chosen meanwhile wins
    m_client->call(DataDictionary::method(m_entity, "get"), params, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation || m_busy || m_mode != Mode::Existing) return;
                       if (e.dataCode == QLatin1String("not_found") && m_versioned) {
                           showRecord(m_code); // the draft on show was discarded: show what is left
                           return;
                       }
                       if (!e.isNull()) return;
                       withLatest(r, [this, generation](const QJsonObject &record) {
                           if (generation != m_generation || m_busy || m_mode != Mode::Existing) return;
                           bool same = true;
                           for (const char *key : {"rowVersion", "status", "latestVersion", "latestStatus"})
                               same = same && record.value(QLatin1String(key)) == m_record.value(QLatin1String(key));
                           if (same) return; // e.g. this user's own save, already on show
                           const QString who = record.value(QStringLiteral("updatedBy")).toString();
                           if (m_dirty) {
                               m_error->setText(tr("%1 changed %2 meanwhile. Saving your changes will be refused; "
                                                   "undo them to see the current data.")
                                                    .arg(who, m_code));
                               m_error->show();
                               return;
                           }
                           present(record, Mode::Existing);
                           m_notice->setText(tr("%1 changed this record at %2; the current data is shown.")
                                                 .arg(who, timetext::localFromServer(record.value(QStringLiteral("updatedAt")).toString())));
                       });
                   });
}

void RecordPanel::load(const QJsonObject &params, const QString &notice, const QString &error)
{
    if (!m_client) return;
    const quint64 generation = ++m_generation;
    m_busy = true;
    updateState();
    m_client->call(DataDictionary::method(m_entity, "get"), params, this,
                   [this, generation, notice, error](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return; // another record was chosen meanwhile
                       if (!e.isNull()) {
                           m_busy = false;
                           m_record = {};
                           m_mode = Mode::Empty;
                           m_editor->setRecord({}, false);
                           m_title->setText(tr("%1 %2").arg(entityLabel(), m_code));
                           m_error->setText(errorText(e));
                           m_error->show();
                           updateState();
                           return;
                       }
                       withLatest(r, [this, generation, notice, error](const QJsonObject &record) {
                           if (generation != m_generation) return;
                           m_busy = false;
                           present(record, Mode::Existing);
                           m_notice->setText(notice);
                           m_error->setText(error);
                           m_error->setVisible(!error.isEmpty());
                       });
                   });
}

void RecordPanel::present(const QJsonObject &record, Mode mode)
{
    m_record = record;
    m_mode = mode;
    m_code = text(record, "code");
    m_dirty = mode == Mode::NewDraft; // a new draft is unsaved from the start
    m_key = {};
    m_error->hide();
    m_notice->clear();
    const QString status = text(record, "status");
    const bool editable = m_mayEdit && (mode == Mode::New || mode == Mode::NewDraft ||
                                        (mode == Mode::Existing && (!m_versioned || status == QLatin1String("draft"))));
    m_editor->setRecord(record, editable);
    if (mode == Mode::New)
        m_title->setText(tr("New: %1").arg(entityLabel()));
    else if (m_versioned && mode == Mode::NewDraft)
        m_title->setText(tr("%1 %2 — new draft").arg(entityLabel(), m_code));
    else if (m_versioned)
        m_title->setText(tr("%1 %2 — version %3 (%4)")
                             .arg(entityLabel(), m_code)
                             .arg(record.value(QStringLiteral("version")).toInt())
                             .arg(DataDictionary::valueLabel(status)));
    else
        m_title->setText(tr("%1 %2").arg(entityLabel(), m_code));
    updateState();
    if (mode == Mode::Existing) Q_EMIT shown(m_code, record);
}

QString RecordPanel::statusNote() const
{
    if (!m_versioned) {
        if (m_mode == Mode::New && m_entity.value(QStringLiteral("autoCode")).toBool())
            return tr("The server gives the number when you save.");
        if (m_mode == Mode::Existing && m_mayEdit)
            return tr("Changes take effect when saved; you are asked for a reason, which goes into the audit trail.");
        return {};
    }
    if (m_mode == Mode::Empty) return {};
    const QString changeOrder = tr("Changes go through a change order: save a new draft, put it on a change order, "
                                   "and it takes effect when the change order is approved.");
    if (m_mode == Mode::New)
        return tr("A new record starts as draft version 1.") + QLatin1Char(' ') + changeOrder;
    if (m_mode == Mode::NewDraft)
        return tr("A new draft based on version %1. Save it, then put it on a change order.")
            .arg(m_record.value(QStringLiteral("version")).toInt());
    const int version = m_record.value(QStringLiteral("version")).toInt();
    const QString status = text(m_record, "status");
    const QString from = timetext::localFromServer(text(m_record, "effectiveFrom"));
    const QString to = timetext::localFromServer(text(m_record, "effectiveTo"));
    const QString order = text(m_record, "changeOrderNumber");
    if (status == QLatin1String("draft"))
        return order.isEmpty() ? tr("Version %1 is a draft: it can change until it goes on a change order, and it takes "
                                    "effect only when that change order is approved.")
                                     .arg(version)
                               : tr("Version %1 is a draft on change order %2.").arg(version).arg(order);
    if (status == QLatin1String("in_review"))
        return tr("Version %1 is in review on change order %2 and cannot change.").arg(version).arg(order);
    if (status == QLatin1String("approved"))
        return tr("Version %1 is approved (change order %2) and in force since %3. Approved versions never change.")
                   .arg(version)
                   .arg(order, from) +
               QLatin1Char(' ') + changeOrder;
    if (status == QLatin1String("superseded"))
        return tr("Version %1 was in force from %2 to %3 and never changes.").arg(version).arg(from, to);
    return tr("Version %1 is %2 and never changes.").arg(version).arg(DataDictionary::valueLabel(status));
}

void RecordPanel::updateState()
{
    const QString status = text(m_record, "status");
    const bool existing = m_mode == Mode::Existing;
    const bool draft = existing && m_versioned && status == QLatin1String("draft");
    const int latest = m_record.value(QStringLiteral("latestVersion")).toInt();
    const QString latestStatus = text(m_record, "latestStatus");
    const bool newerDraft = existing && m_versioned && latest > m_record.value(QStringLiteral("version")).toInt() &&
                            (latestStatus == QLatin1String("draft") || latestStatus == QLatin1String("in_review"));
    const bool editing = m_mode == Mode::New || m_mode == Mode::NewDraft || (existing && (!m_versioned || draft));

    m_note->setText(statusNote());
    m_note->setVisible(!m_note->text().isEmpty());
    m_editor->setVisible(m_mode != Mode::Empty);
    m_save->setVisible(m_mayEdit && editing);
    m_save->setEnabled(!m_busy && m_dirty);
    m_save->setText(m_mode == Mode::New ? tr("&Create") : m_versioned ? tr("&Save draft") : tr("&Save…"));
    m_revert->setVisible(m_mayEdit && editing);
    m_revert->setEnabled(!m_busy && (m_dirty || m_mode == Mode::New || m_mode == Mode::NewDraft));
    m_revert->setText(m_mode == Mode::New || m_mode == Mode::NewDraft ? tr("&Cancel") : tr("&Undo changes"));
    // From a version that left draft: the next draft, unless one is open already.
    m_newDraft->setVisible(m_mayEdit && existing && m_versioned && !draft && !newerDraft &&
                           status != QLatin1String("in_review") && !m_asOf.isValid());
    m_newDraft->setEnabled(!m_busy);
    m_openDraft->setVisible(newerDraft);
    m_openDraft->setText(tr("Open version %1 (%2)").arg(latest).arg(DataDictionary::valueLabel(latestStatus)));
    m_discard->setVisible(m_mayEdit && draft && text(m_record, "changeOrderNumber").isEmpty());
    m_discard->setEnabled(!m_busy);
}

void RecordPanel::startNew()
{
    if (!m_mayEdit) return;
    ++m_generation;
    m_busy = false;
    present({}, Mode::New);
}

void RecordPanel::revert()
{
    if (m_mode == Mode::New || m_mode == Mode::NewDraft) {
        if (m_code.isEmpty())
            clear();
        else
            showRecord(m_code, m_mode == Mode::NewDraft ? m_record.value(QStringLiteral("version")).toInt() : 0);
        return;
    }
    present(m_record, m_mode);
}

void RecordPanel::startDraft()
{
    if (m_mode != Mode::Existing || !m_versioned) return;
    present(m_record, Mode::NewDraft);
}

void RecordPanel::openLatestDraft()
{
    const int latest = m_record.value(QStringLiteral("latestVersion")).toInt();
    if (!m_code.isEmpty() && latest > 0) showRecord(m_code, latest);
}

QJsonObject RecordPanel::changedFields() const
{
    const QJsonObject now = m_editor->content();
    QJsonObject changes;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QJsonValue before = m_record.value(it.key());
        const bool same = before == it.value() || ((before.isNull() || before.isUndefined()) && it.value().isNull());
        if (!same) changes.insert(it.key(), it.value());
    }
    changes.remove(QStringLiteral("code"));
    return changes;
}

void RecordPanel::save()
{
    if (!m_client || m_busy) return;
    const auto draftSaved = [this](const QJsonObject &r) {
        return tr("Draft version %1 of %2 %3 saved. It takes effect only when a change order with it is approved.")
            .arg(r.value(QStringLiteral("version")).toInt())
            .arg(entityLabel(), m_code);
    };
    switch (m_mode) {
    case Mode::Empty: return;
    case Mode::New:
        write(DataDictionary::method(m_entity, "create"), {{QStringLiteral("data"), m_editor->content()}},
              [this](const QJsonObject &) {
                  return m_versioned ? tr("%1 %2 created as draft version 1.").arg(entityLabel(), m_code)
                                     : tr("%1 %2 created.").arg(entityLabel(), m_code);
              });
        return;
    case Mode::NewDraft:
        write(DataDictionary::method(m_entity, "saveDraft"),
              {{QStringLiteral("code"), m_code}, {QStringLiteral("data"), m_editor->content()}}, draftSaved);
        return;
    case Mode::Existing:
        if (!m_versioned) {
            updatePlain();
            return;
        }
        write(DataDictionary::method(m_entity, "saveDraft"),
              {{QStringLiteral("code"), m_code},
               {QStringLiteral("version"), m_record.value(QStringLiteral("version"))},
               {QStringLiteral("rowVersion"), m_record.value(QStringLiteral("rowVersion"))},
               {QStringLiteral("data"), m_editor->content()}},
              draftSaved);
        return;
    }
}

void RecordPanel::updatePlain()
{
    const QJsonObject changes = changedFields();
    if (changes.isEmpty()) {
        m_dirty = false;
        updateState();
        return;
    }
    QStringList names;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        names.append(DataDictionary::label(DataDictionary::field(m_entity, it.key())));
    auto *dialog = new ReasonDialog(tr("Save %1 %2").arg(entityLabel(), m_code),
                                    tr("Save the changes to %1 %2 (%3)? The change and your reason go into the audit trail.")
                                        .arg(entityLabel(), m_code, names.join(tr(", "))),
                                    tr("&Save"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reasonDialog = dialog;
    const QJsonObject base{{QStringLiteral("code"), m_code},
                           {QStringLiteral("rowVersion"), m_record.value(QStringLiteral("rowVersion"))},
                           {QStringLiteral("data"), changes}};
    connect(dialog, &ReasonDialog::confirmed, this, [this, dialog, base](const QString &reason) {
        QJsonObject params = base;
        params.insert(QStringLiteral("reason"), reason);
        params.insert(QStringLiteral("idempotencyKey"), m_key.get());
        m_busy = true;
        updateState();
        m_client->call(DataDictionary::method(m_entity, "update"), params, this,
                       [this, dialog](const QJsonObject &r, const RpcError &e) {
                           m_key.settle(e);
                           m_busy = false;
                           if (e.isNull() || e.dataCode == QLatin1String("conflict") ||
                               e.dataCode == QLatin1String("validation.failed")) {
                               dialog->finish({}); // closes it; the answer is shown on the form
                           } else {
                               dialog->finish(e); // e.g. a missing permission: said in the dialog
                               updateState();
                               return;
                           }
                           if (!e.isNull()) {
                               showError(e);
                               updateState();
                               return;
                           }
                           present(r, Mode::Existing);
                           m_notice->setText(tr("%1 %2 saved; the change and your reason are in the audit trail.")
                                                 .arg(entityLabel(), m_code));
                           Q_EMIT saved(r);
                       });
    });
    dialog->open();
}

void RecordPanel::write(const QString &method, QJsonObject params, std::function<QString(const QJsonObject &)> notice)
{
    params.insert(QStringLiteral("idempotencyKey"), m_key.get());
    m_busy = true;
    m_error->hide();
    m_editor->showProblems({});
    updateState();
    m_client->call(method, params, this, [this, notice](const QJsonObject &r, const RpcError &e) {
        m_key.settle(e);
        m_busy = false;
        if (!e.isNull()) {
            showError(e);
            updateState();
            return;
        }
        // The version just written is the newest one.
        QJsonObject record = r;
        if (m_versioned) {
            record.insert(QStringLiteral("latestVersion"), r.value(QStringLiteral("version")));
            record.insert(QStringLiteral("latestStatus"), r.value(QStringLiteral("status")));
        }
        present(record, Mode::Existing);
        m_notice->setText(notice(r));
        Q_EMIT saved(r);
    });
}

bool RecordPanel::showError(const RpcError &error)
{
    m_error->setText(errorText(error));
    m_error->show();
    if (error.dataCode == QLatin1String("conflict")) {
        // Someone else saved meanwhile: show what is there now; the message says to repeat the change.
        const int version = m_versioned ? m_record.value(QStringLiteral("version")).toInt() : 0;
        QJsonObject params{{QStringLiteral("code"), m_code}};
        if (version > 0) params.insert(QStringLiteral("version"), version);
        load(params, {}, errorText(error));
        return false;
    }
    QList<QPair<QString, QString>> problems;
    if (error.dataCode == QLatin1String("validation.failed")) {
        for (const FieldError &d : error.details) {
            int row = -1;
            const QJsonObject field = m_dictionary.fieldAtPath(m_entity, d.field, &row);
            const QString label = m_dictionary.pathLabel(m_entity, d.field);
            problems.append({d.field, validationDetailText(d, label, field)});
        }
    } else if (error.args.contains(QStringLiteral("field"))) {
        problems.append({error.args.value(QStringLiteral("field")).toString(), errorText(error)});
    }
    m_editor->showProblems(problems);
    return !problems.isEmpty();
}

void RecordPanel::discardDraft()
{
    if (!m_client || m_mode != Mode::Existing || text(m_record, "status") != QLatin1String("draft")) return;
    const int version = m_record.value(QStringLiteral("version")).toInt();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard draft"),
                                tr("Discard draft version %1 of %2 %3? Its content is removed; the audit trail keeps a "
                                   "record of it.")
                                    .arg(version)
                                    .arg(entityLabel(), m_code),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDiscard"));
    QPushButton *discard = box->addButton(tr("&Discard draft"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("confirmDiscardButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    const QString code = m_code;
    const QJsonObject params{{QStringLiteral("code"), code}, {QStringLiteral("rowVersion"), m_record.value(QStringLiteral("rowVersion"))}};
    connect(discard, &QPushButton::clicked, this, [this, code, version, params] {
        m_busy = true;
        updateState();
        QJsonObject p = params;
        p.insert(QStringLiteral("idempotencyKey"), m_key.get());
        m_client->call(DataDictionary::method(m_entity, "discardDraft"), p, this,
                       [this, code, version](const QJsonObject &, const RpcError &e) {
                           m_key.settle(e);
                           m_busy = false;
                           if (!e.isNull()) {
                               showError(e);
                               updateState();
                               return;
                           }
                           Q_EMIT discarded(code);
                           if (version > 1)
                               load({{QStringLiteral("code"), code}},
                                    tr("Draft version %1 of %2 %3 discarded.").arg(version).arg(entityLabel(), code));
                           else {
                               clear();
                               m_notice->setText(tr("Draft version %1 of %2 %3 discarded.").arg(version).arg(entityLabel(), code));
                           }
                       });
    });
    box->open();
}

} // namespace concord::ui
