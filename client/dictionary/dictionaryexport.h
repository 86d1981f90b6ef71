#pragma once
#include "core/datadictionary.h"
#include "dictionary/dictionaryreport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <atomic>
#include <memory>

class QThread;
class QWidget;

namespace concord::ui {

// One export of the data dictionary to CSV, HTML or PDF: written on a worker thread while a
// progress dialog (which can cancel) is up and the window stays usable. The file appears only
// complete; a cancelled or failed export leaves nothing behind.
class DictionaryExport : public QObject
{
    Q_OBJECT
public:
    enum class Format { Csv, Html, Pdf };

    DictionaryExport(const DataDictionary &dictionary, const dictionaryreport::Header &header, Format format,
                     const QString &path, QWidget *window);
    ~DictionaryExport() override;

    void start();
    void cancel();
    Format format() const { return m_format; }
    QString path() const { return m_path; }
    bool isDone() const { return m_done; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    void finished(bool ok, const QString &message); // message: what to tell the user (translated)

private:
    void finish(bool ok, const QString &message);

    DataDictionary m_dictionary;
    dictionaryreport::Header m_header;
    Format m_format;
    QString m_path;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_done = false;
};

} // namespace concord::ui
