#pragma once
#include <QJsonObject>
#include <QTableWidget>

namespace concord::ui {

// The approval chain of a change order, one row per step of its class in order: the meaning, its
// state (signed, next, waiting) and the signature that fulfils it — printed name, local date and
// time with zone, valid or not. Selecting an unsigned step chooses what "Sign…" signs.
class ApprovalStepsView : public QTableWidget
{
    Q_OBJECT
public:
    enum Column {
        StepColumn,
        MeaningColumn,
        StateColumn,
        SignerColumn,
        TimeColumn,
        ValidityColumn,
        ColumnCount
    };

    explicit ApprovalStepsView(QWidget *parent = nullptr);
    void setOrder(const QJsonObject &order);

    // The first step without a valid signature (empty when all are signed or the order is not in review).
    QString nextStep() const { return m_next; }
    // The meaning of the selected step, or nextStep() when none (or a signed one) is selected.
    QString stepToSign() const;
    bool selectStep(const QString &meaning);
    // The valid signature of a step, else its newest invalid one; empty if never signed.
    static QJsonObject signatureOf(const QJsonObject &order, const QString &meaning);

private:
    QJsonObject m_order;
    QStringList m_steps;
    QString m_next;
};

} // namespace concord::ui
