#include "changecontrol/versiondiffdialog.h"

#include "changecontrol/changeordertext.h"
#include "core/datadictionary.h"
#include "masterdata/versionhistorypanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

VersionDiffDialog::VersionDiffDialog(RpcClient *client, const QJsonObject &item, int previousVersion,
                                     const QJsonObject &dictionary, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("versionDiffDialog"));
    const QString entityName = item.value(QStringLiteral("entity")).toString();
    const int version = item.value(QStringLiteral("version")).toInt();
    setWindowTitle(tr("Compare versions — %1").arg(ChangeOrderText::item(item)));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("diffHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setText(previousVersion > 0
                           ? tr("%1 against version %2, which it replaces")
                                 .arg(ChangeOrderText::item(item))
                                 .arg(previousVersion)
                           : tr("%1 is new: there is no earlier version in force to compare it with.")
                                 .arg(ChangeOrderText::item(item)));
    const DataDictionary dict(dictionary);
    m_panel = new VersionHistoryPanel(client, dict.entity(entityName), dictionary, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    // The panel compares the newest two by itself; the item's pair is asked for after that.
    if (previousVersion > 0)
        connect(
            m_panel, &VersionHistoryPanel::loaded, this,
            [this, previousVersion, version] { m_panel->compare(previousVersion, version); },
            Qt::QueuedConnection);
    m_panel->setCode(item.value(QStringLiteral("code")).toString());
}

} // namespace concord::ui
