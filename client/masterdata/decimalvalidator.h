#pragma once
#include <QValidator>

namespace concord::ui {

// Decimal text as the server takes it ("12", "0.015", "-3.5"): digits with at most one point and up
// to 9 decimals, never an exponent — quantities and limits stay exact text, never floating point.
// Intermediate states ("", "-", "1.") are allowed while typing; fixup() makes the text canonical.
class DecimalValidator : public QValidator
{
    Q_OBJECT
public:
    explicit DecimalValidator(bool allowNegative, QObject *parent = nullptr);
    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    // The canonical form of a decimal ("1.50" -> "1.5"), or the trimmed text if it is not one.
    static QString canonical(const QString &text);

private:
    bool m_allowNegative = false;
};

} // namespace concord::ui
