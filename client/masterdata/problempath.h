#pragma once
#include <QString>

namespace concord::ui {

// Where a validation.failed detail points in a record's data: "params.data.lines[2].qtyPer" is
// member "lines", row 2, field "qtyPer"; "params.data.baseQuantity" is field "baseQuantity" of the
// record itself (member empty, row -1); "params.data.lines" is the member as a whole.
struct ProblemPath
{
    QString member;
    int row = -1;
    QString field;

    static ProblemPath parse(const QString &path);
    bool isRow() const { return !member.isEmpty() && row >= 0; }
};

} // namespace concord::ui
