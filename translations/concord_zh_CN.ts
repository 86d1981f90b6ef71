<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../client/shell/errortext.cpp" line="+12"/>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is locked after too many failed sign-in attempts. Ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，此账户已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change your password before doing anything else.</source>
        <translation>请先修改密码，然后才能进行其他操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new password was used recently. Choose another one.</source>
        <translation>新密码最近已使用过。请另选一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password does not meet the password policy: %1</source>
        <translation>新密码不符合密码策略：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password could not be changed.</source>
        <translation>无法修改密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>您的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to the server. Check the network and try again.</source>
        <translation>未连接到服务器。请检查网络后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Try again.</source>
        <translation>服务器未及时响应。请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed (%1).</source>
        <translation>请求失败（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request failed: %1 (%2)</source>
        <translation>请求失败：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ModuleCatalog</name>
    <message>
        <location filename="../client/shell/modulecatalog.cpp" line="+13"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
</context>
<context>
    <name>concord::AlarmModel</name>
    <message>
        <location filename="../client/core/alarmmodel.cpp" line="+219"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Raised at</source>
        <translation>报警时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged at</source>
        <translation>确认时间</translation>
    </message>
</context>
<context>
    <name>concord::ui::AlarmPanel</name>
    <message>
        <location filename="../client/alarm/alarmpanel.cpp" line="+72"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have the permission to acknowledge alarms.</source>
        <translation>您没有确认报警的权限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Acknowledge alarm</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment (what was checked or done):</source>
        <translation>备注（检查或处理了什么）：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acknowledging…</source>
        <translation>正在确认…</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../client/shell/changepassworddialog.cpp" line="+19"/>
        <location line="+21"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Your password must be changed before you continue.</source>
        <translation>继续之前必须修改您的密码。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The new passwords do not match.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
</context>
<context>
    <name>concord::ui::LoginDialog</name>
    <message>
        <location filename="../client/shell/logindialog.cpp" line="+26"/>
        <source>Concord — Sign in</source>
        <translation>Concord — 登录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Concord</source>
        <translation>登录 Concord</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 presents a different certificate than before. This can mean an attack; do not sign in and call your administrator.</source>
        <translation>服务器 %1 提供的证书与之前不同。这可能意味着遭受攻击；请勿登录，并联系您的管理员。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter the server as host:port, for example 127.0.0.1:7443.</source>
        <translation>请按“主机:端口”格式输入服务器，例如 127.0.0.1:7443。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>You must change your password before you can use Concord.</source>
        <translation>您必须先修改密码才能使用 Concord。</translation>
    </message>
</context>
<context>
    <name>concord::ui::MainWindow</name>
    <message>
        <location filename="../client/shell/mainwindow.cpp" line="+19"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No module is available to your account.</source>
        <translation>您的账户没有可用的模块。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Disconnected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, not signed in</source>
        <translation>已连接，未登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost, reconnecting…</source>
        <translation>连接中断，正在重新连接…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server time: %1</source>
        <translation>服务器时间：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/app/main.cpp" line="+137"/>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your session. Sign in again to continue.</source>
        <translation>服务器已结束您的会话。请重新登录以继续。</translation>
    </message>
</context>
</TS>
