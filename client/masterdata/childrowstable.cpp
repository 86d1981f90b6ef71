#include "masterdata/childrowstable.h"

#include "core/datadictionary.h"
#include "shell/errortext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace concord::ui {

namespace {
bool isBool(const QJsonObject &field)
{
    return field.value(QStringLiteral("type")).toString() == QLatin1String("bool");
}
} // namespace

ChildRowsTable::ChildRowsTable(const QJsonObject &child, QWidget *parent)
    : QWidget(parent), m_child(child), m_fields(DataDictionary::fields(child))
{
    setObjectName(QStringLiteral("rows_") + member());
    m_table = new QTableWidget(0, int(m_fields.size()), this);
    m_table->setObjectName(QStringLiteral("rowsTable"));
    QStringList headers;
    for (int c = 0; c < m_fields.size(); ++c) {
        const QJsonObject &f = m_fields.at(c);
        const QString unit = f.value(QStringLiteral("unit")).toString();
        headers.append(unit.isEmpty() ? DataDictionary::label(f) : tr("%1 (%2)").arg(DataDictionary::label(f), unit));
    }
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < m_fields.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(DataDictionary::description(m_fields.at(c)));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 8);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) Q_EMIT edited();
    });

    m_add = new QPushButton(tr("Add row"), this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_remove = new QPushButton(tr("Remove row"), this);
    m_remove->setObjectName(QStringLiteral("removeRow"));
    connect(m_add, &QPushButton::clicked, this, &ChildRowsTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &ChildRowsTable::removeRow);
    m_problems = makeErrorLabel(this); // hidden, word-wrapped, red
    m_problems->setObjectName(QStringLiteral("rowProblems"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
}

void ChildRowsTable::setRows(const QJsonArray &rows, bool editable)
{
    m_filling = true;
    clearProblems();
    m_table->setRowCount(0);
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < m_fields.size(); ++c) {
            const QJsonObject &f = m_fields.at(c);
            const QJsonValue value = row.value(f.value(QStringLiteral("name")).toString());
            auto *item = new QTableWidgetItem;
            if (isBool(f)) {
                item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
                item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setText(value.isNull() || value.isUndefined() ? QString()
                              : value.isString()                    ? value.toString()
                                                                    : QString::number(value.toInteger()));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
    m_table->resizeColumnsToContents();
    m_filling = false;
}

QJsonArray ChildRowsTable::rows() const
{
    QJsonArray out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < m_fields.size(); ++c) {
            const QJsonObject &f = m_fields.at(c);
            const QString name = f.value(QStringLiteral("name")).toString();
            const QString type = f.value(QStringLiteral("type")).toString();
            const QTableWidgetItem *item = m_table->item(r, c);
            if (isBool(f)) {
                row.insert(name, item && item->checkState() == Qt::Checked);
                continue;
            }
            const QString text = item ? item->text().trimmed() : QString();
            if (text.isEmpty()) {
                if (f.value(QStringLiteral("default")).isString()) row.insert(name, QString());
                continue; // absent: the server applies its default or says it is required
            }
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            row.insert(name, type == QLatin1String("integer") && ok ? QJsonValue(n) : QJsonValue(text));
        }
        out.append(row);
    }
    return out;
}

void ChildRowsTable::addProblem(int row, const QString &field, const QString &message)
{
    for (int c = 0; c < m_fields.size(); ++c) {
        if (m_fields.at(c).value(QStringLiteral("name")).toString() != field) continue;
        if (QTableWidgetItem *item = m_table->item(row, c)) {
            const bool was = std::exchange(m_filling, true);
            item->setBackground(QColor(0xf8, 0xd7, 0xda));
            item->setToolTip(message);
            m_filling = was;
        }
    }
    m_problems->setText(m_problems->text().isEmpty() ? message : m_problems->text() + QLatin1Char('\n') + message);
    m_problems->show();
}

void ChildRowsTable::clearProblems()
{
    const bool was = std::exchange(m_filling, true);
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            if (QTableWidgetItem *item = m_table->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    m_filling = was;
    m_problems->clear();
    m_problems->hide();
}

void ChildRowsTable::addRow()
{
    m_filling = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < m_fields.size(); ++c) {
        auto *item = new QTableWidgetItem;
        if (isBool(m_fields.at(c))) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_table->setItem(r, c, item);
    }
    m_filling = false;
    m_table->setCurrentCell(r, 0);
    Q_EMIT edited();
}

void ChildRowsTable::removeRow()
{
    const int r = m_table->currentRow();
    if (r < 0) return;
    m_table->removeRow(r);
    Q_EMIT edited();
}

} // namespace concord::ui
