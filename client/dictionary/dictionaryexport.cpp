#include "dictionary/dictionaryexport.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace concord::ui {

DictionaryExport::DictionaryExport(const DataDictionary &dictionary, const dictionaryreport::Header &header, Format format,
                                   const QString &path, QWidget *window)
    : QObject(window), m_dictionary(dictionary), m_header(header), m_format(format), m_path(path), m_window(window)
{
}

DictionaryExport::~DictionaryExport()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
    if (m_progress) delete m_progress.data();
}

void DictionaryExport::start()
{
    if (m_thread || m_done) return;
    const int total = int(m_dictionary.entities().size());
    m_progress = new QProgressDialog(tr("Writing the data dictionary …"), tr("Cancel"), 0, total, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(m_format == Format::Csv    ? tr("Export to CSV")
                               : m_format == Format::Html ? tr("Export to HTML")
                                                          : tr("Export to PDF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300); // a quick export finishes before anything flashes up
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &DictionaryExport::cancel);

    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QPointer<DictionaryExport> self(this);
    const auto cancelled = m_cancelled;
    const dictionaryreport::Progress progress = [self, cancelled](int done, int all) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, all] {
                if (!self || !self->m_progress) return;
                self->m_progress->setLabelText(tr("Writing the data dictionary … %1 of %2 entities").arg(done).arg(all));
                self->m_progress->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_thread = QThread::create([outcome, progress, format = m_format, path = m_path, dictionary = m_dictionary,
                                header = m_header] {
        switch (format) {
        case Format::Csv: outcome->ok = dictionaryreport::writeCsv(path, dictionary, progress, &outcome->error); break;
        case Format::Html:
            outcome->ok = dictionaryreport::writeHtml(path, dictionary, header, progress, &outcome->error);
            break;
        case Format::Pdf: outcome->ok = dictionaryreport::writePdf(path, dictionary, header, progress, &outcome->error); break;
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        if (m_cancelled->load() && !outcome->ok)
            finish(false, tr("The export was cancelled; no file was written."));
        else if (outcome->ok)
            finish(true, tr("The data dictionary (%n field(s)) was exported to %1", nullptr, m_dictionary.fieldCount()).arg(m_path));
        else
            finish(false, outcome->error);
    });
    m_thread->start();
}

void DictionaryExport::cancel()
{
    // The worker stops after the entity it is writing and removes its partial file.
    m_cancelled->store(true);
    if (m_progress) m_progress->setLabelText(tr("Cancelling …"));
}

void DictionaryExport::finish(bool ok, const QString &message)
{
    if (m_done) return;
    m_done = true;
    if (m_progress) {
        m_progress->disconnect(this); // closing it must not count as Cancel
        m_progress->hide();
        m_progress->deleteLater();
    }
    Q_EMIT finished(ok, message);
}

} // namespace concord::ui
