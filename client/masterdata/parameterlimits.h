#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace concord::ui {

// The limits of one process parameter (minimum ≤ target ≤ maximum, decimal text, each optional),
// checked exactly — with Decimal, never floating point — so that the editor can show a wrong order
// before the server refuses it. The server's check is the one that counts.
class ParameterLimits
{
    Q_DECLARE_TR_FUNCTIONS(ParameterLimits)
public:
    enum State { Ok, NotANumber, MinimumAboveMaximum, TargetBelowMinimum, TargetAboveMaximum };

    static ParameterLimits of(const QJsonObject &parameter);

    State state() const { return m_state; }
    bool isOk() const { return m_state == Ok; }
    // Which of "minimum", "target", "maximum" the problem is about (empty when all is well).
    bool flags(const QString &field) const;
    // Where the target lies between minimum and maximum, 0‥1000; -1 if that cannot be said.
    int targetPermille() const { return m_targetPermille; }
    // "Minimum 190 is greater than maximum 180." (translated); empty when all is well.
    QString warning() const;
    // "170 ≤ 180 ≤ 200 °C", with the missing limits left out.
    QString text() const;

private:
    State m_state = Ok;
    QString m_minimum, m_target, m_maximum, m_unit, m_wrongField;
    int m_targetPermille = -1;
};

} // namespace concord::ui
