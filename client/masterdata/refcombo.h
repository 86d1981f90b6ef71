#pragma once
#include <QComboBox>
#include <QPointer>

namespace concord {
class RpcClient;
}

namespace concord::ui {

// An editable combo box for a field that holds the code of another record (a material's unit, an
// equipment's parent …): offers the codes of the referenced entity, loaded once from its list
// method, with completion while typing; any text may be typed (the server checks that it exists).
class RefCombo : public QComboBox
{
    Q_OBJECT
public:
    // `listMethod` empty: no codes are offered (e.g. user accounts, which need other permissions).
    RefCombo(RpcClient *client, const QString &listMethod, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    QPointer<RpcClient> m_client;
    bool m_loaded = false;
};

} // namespace concord::ui
