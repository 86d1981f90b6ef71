#pragma once
#include "core/datadictionary.h"
#include "core/writekey.h"
#include "identity/reasondialog.h"
#include "protocol/rpcerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class RecordEditor;

// The detail of one master-data record in its RecordEditor, and every write on it. Plain entities:
// create, and save changed fields with a reason (audited; a stale rowVersion reloads the record and
// says so). Versioned entities: create (version 1 as draft), save the open draft, start the next
// draft from an approved version, discard a draft; versions that left draft are shown read-only
// with a note that changes go through a change order. Refusals appear in words: field problems
// under their fields, everything else above the buttons. The server decides everything.
class RecordPanel : public QWidget
{
    Q_OBJECT
public:
    RecordPanel(RpcClient *client, const QJsonObject &entity, const QJsonObject &dictionary, QWidget *parent = nullptr);

    // Shows a record: a given version, or (0) the version in force at as-of / now, else the newest draft.
    void showRecord(const QString &code, int version = 0);
    void startNew();
    void clear();
    // The record on show was changed (an event): shows the current data, unless the user is editing
    // it — then says that saving will meet someone else's change.
    void refresh();
    // Versioned entities: which version showRecord(code) shows (invalid = now).
    void setAsOf(const QDateTime &asOf) { m_asOf = asOf; }

    QString code() const { return m_code; }
    QJsonObject record() const { return m_record; }
    RecordEditor *editor() const { return m_editor; }
    bool isDirty() const { return m_dirty; }
    bool isBusy() const { return m_busy; }
    ReasonDialog *reasonDialog() const { return m_reasonDialog; }

    // The actions behind the buttons (tests and screenshots call them too).
    void save();
    void revert();
    void startDraft();
    void openLatestDraft();
    void discardDraft();

Q_SIGNALS:
    void saved(const QJsonObject &record); // a write's answer: the record or version as it is now
    void discarded(const QString &code);
    void shown(const QString &code, const QJsonObject &record);

private:
    enum class Mode { Empty, New, Existing, NewDraft };
    void load(const QJsonObject &params, const QString &notice = {}, const QString &error = {});
    void present(const QJsonObject &record, Mode mode);
    // Versioned: adds latestVersion/latestStatus to a version's answer (one more get when missing).
    void withLatest(const QJsonObject &version, std::function<void(const QJsonObject &)> done);
    void updateState();
    QString statusNote() const;
    // Sends a create or saveDraft; `notice` words the success from the answer.
    void write(const QString &method, QJsonObject params, std::function<QString(const QJsonObject &)> notice);
    void updatePlain();
    // Shows a refusal; true if it was about fields of the form (then shown under them).
    bool showError(const RpcError &error);
    QJsonObject changedFields() const;
    QString entityLabel() const { return DataDictionary::label(m_entity); }

    QPointer<RpcClient> m_client;
    QJsonObject m_entity;
    DataDictionary m_dictionary;
    bool m_versioned = false;
    bool m_mayEdit = false;
    RecordEditor *m_editor = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_newDraft = nullptr;
    QPushButton *m_openDraft = nullptr;
    QPushButton *m_discard = nullptr;
    QPointer<ReasonDialog> m_reasonDialog;
    QPointer<QMessageBox> m_confirm;
    Mode m_mode = Mode::Empty;
    QString m_code;
    QJsonObject m_record;
    QDateTime m_asOf;
    WriteKey m_key;
    bool m_dirty = false;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace concord::ui
