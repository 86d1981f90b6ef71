#include "changecontrol/versionviewdialog.h"

#include "changecontrol/changeordertext.h"
#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "masterdata/bomeditor.h"
#include "masterdata/recordeditor.h"
#include "shell/errortext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

VersionViewDialog::VersionViewDialog(RpcClient *client, const QString &entity, const QString &code,
                                     int version, const QJsonObject &dictionary, QWidget *parent)
    : QDialog(parent), m_client(client), m_entity(entity), m_code(code), m_version(version),
      m_dictionary(dictionary)
{
    setObjectName(QStringLiteral("versionViewDialog"));
    const QJsonObject item{{QStringLiteral("entity"), entity},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("version"), version}};
    setWindowTitle(ChangeOrderText::item(item));
    m_heading = new QLabel(ChangeOrderText::item(item), this);
    m_heading->setObjectName(QStringLiteral("versionHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_error = makeErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_heading);
    m_layout->addStretch(1);
    m_layout->addWidget(m_error);
    m_layout->addWidget(buttons);
    resize(1000, 620);

    if (!m_client) return;
    if (!m_dictionary.isEmpty()) {
        loadVersion();
        return;
    }
    m_client->call(QStringLiteral("dictionary.get"), {}, this,
                   [this](const QJsonObject &r, const RpcError &e) {
                       if (!e.isNull()) return fail(errorText(e));
                       m_dictionary = r;
                       loadVersion();
                   });
}

void VersionViewDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void VersionViewDialog::loadVersion()
{
    const QJsonObject entity = DataDictionary(m_dictionary).entity(m_entity);
    m_editor = createRecordEditor(entity, m_dictionary, m_client, this);
    m_layout->insertWidget(1, m_editor, 1);
    delete m_layout->takeAt(2); // the placeholder stretch
    m_client->call(
        DataDictionary::methodPrefix(m_entity) + QStringLiteral(".get"),
        {{QStringLiteral("code"), m_code}, {QStringLiteral("version"), m_version}}, this,
        [this](const QJsonObject &r, const RpcError &e) {
            if (!e.isNull()) return fail(errorText(e));
            m_heading->setText(tr("%1 (%2)").arg(
                windowTitle(), DataDictionary::valueLabel(r.value(QStringLiteral("status")).toString())));
            m_editor->setRecord(r, false);
            if (auto *bom = qobject_cast<BomEditor *>(m_editor)) bom->expandAll();
            m_loaded = true;
            Q_EMIT loaded();
        });
}

} // namespace concord::ui
