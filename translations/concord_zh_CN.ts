<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditCsv</name>
    <message>
        <location filename="../client/core/auditcsv.cpp" line="+50"/>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User ID</source>
        <translation>用户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record ID</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes (old → new)</source>
        <translation>变更（旧值 → 新值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (JSON)</source>
        <translation>变更（JSON）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peer</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash</source>
        <translation>前一哈希值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
</context>
<context>
    <name>AuditPdf</name>
    <message>
        <location filename="../client/audit/auditpdf.cpp" line="+30"/>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>变更（旧值 → 新值）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (shortened; see the CSV export)</source>
        <translation>（已截断；完整内容见 CSV 导出）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Filter:</source>
        <translation>筛选条件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported by:</source>
        <translation>导出人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at:</source>
        <translation>导出时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries:</source>
        <translation>条目数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match the filter.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the PDF could not be started</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF 生成</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <location filename="../client/shell/certificateprompt.cpp" line="+23"/>
        <source>The server&apos;s certificate has changed</source>
        <translation>服务器证书已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 presents a different certificate than at the last connection.

This is expected only if your administrator renewed it or moved the server. It can also mean that someone is intercepting the connection: then do not continue.

Accept only if your administrator confirms the new fingerprint.</source>
        <translation>服务器 %1 提供的证书与上次连接时不同。

只有在管理员更新了证书或迁移了服务器时，这才属于正常情况。这也可能意味着有人正在截取连接：此时请勿继续。

仅在管理员确认新的指纹后才接受。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint pinned before (SHA-256):
%1

Fingerprint presented now (SHA-256):
%2</source>
        <translation>之前固定的指纹（SHA-256）：
%1

当前提供的指纹（SHA-256）：
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust the new certificate</source>
        <translation>信任新证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not connect</source>
        <translation>不连接</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../client/shell/errortext.cpp" line="+14"/>
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
        <source>The screen is locked. Unlock it with your password first.</source>
        <translation>屏幕已锁定。请先用您的密码解锁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not have permission to do this.</source>
        <translation>您没有执行此操作的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user ID or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first signature in a session needs your user ID and your password.</source>
        <translation>会话中的首次签名需要输入您的用户名和密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have already signed version %1 of this record as “%2”.</source>
        <translation>您已以“%2”签署过此记录的版本 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Separation of duties: the same person cannot be both %1 and %2 of this record. Another person must do this.</source>
        <translation>职责分离：同一人不能同时担任此记录的%1和%2。此操作必须由另一人执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The record was changed after you opened it: you are signing version %1, it is now at version %2. Review the current version and sign again.</source>
        <translation>您打开此记录后，记录已被修改：您签署的是版本 %1，当前已是版本 %2。请审阅当前版本后重新签名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This signature needs a valid “%1” signature first.</source>
        <translation>此签名需要先有一个有效的“%1”签名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record cannot be signed as “%1”.</source>
        <translation>此记录不能以“%1”签署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 is already closed (%3) and can no longer be changed or signed.</source>
        <translation>%1 %2 已关闭（%3），不能再修改或签名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone else changed this record meanwhile. The current data is loaded again: check it and repeat your change.</source>
        <translation>其他人在此期间修改了此记录。已重新加载当前数据：请检查后重新进行修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 “%2” already exists.</source>
        <translation>%1“%2”已存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user ID “%1” is taken or was used before. User IDs are never reused.</source>
        <translation>用户名“%1”已被占用或曾被使用过。用户名永不重复使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change would leave no active administrator.</source>
        <translation>此变更将导致没有在用的管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>KioskConfig</name>
    <message>
        <location filename="../client/kiosk/kioskconfig.cpp" line="+98"/>
        <source>The display configuration file %1 does not exist. Create it from the example concord-kiosk.ini (docs/configuration.md, section &quot;Shop TV display&quot;), or name another file with --kiosk-config FILE.</source>
        <translation>看板配置文件 %1 不存在。请参照示例文件 concord-kiosk.ini 创建（见 docs/configuration.md 中的“Shop TV display”一节），或用 --kiosk-config FILE 指定其他文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 can be read or changed by other users of this computer (permissions %2), but it holds the display account&apos;s password. Make it private to its owner: chmod 600 %1</source>
        <translation>%1 可被此计算机的其他用户读取或修改（权限 %2），但其中保存着显示账户的密码。请将其设为仅所有者可访问：chmod 600 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is larger than 64 KiB: it is not a display configuration file.</source>
        <translation>%1 大于 64 KiB：不是看板配置文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, line %2: &quot;%3&quot; is not a known section. Use [server], [account] or [display].</source>
        <translation>%1，第 %2 行：“%3”不是已知的节。请使用 [server]、[account] 或 [display]。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, line %2: expected &quot;key = value&quot;, found &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：应为“key = value”格式，实际为“%3”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: &quot;%3&quot; stands outside a section; put it under [server], [account] or [display].</source>
        <translation>%1，第 %2 行：“%3”不在任何节内；请将其放在 [server]、[account] 或 [display] 下。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: [%3] has no setting &quot;%4&quot;. Its settings are: %5.</source>
        <translation>%1，第 %2 行：[%3] 中没有设置项“%4”。可用的设置项：%5。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3 is set twice in [%4] (also on line %5); keep one.</source>
        <translation>%1，第 %2 行：%3 在 [%4] 中设置了两次（另见第 %5 行）；请只保留一处。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;%2&quot; is missing in [%3]. Add a line such as: %4</source>
        <translation>%1：[%3] 中缺少“%2”。请添加一行，例如：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2: &quot;%3&quot; in [%4] is empty. For example: %5</source>
        <translation>%1，第 %2 行：[%4] 中的“%3”为空。例如：%5</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: address must be host:port, for example concord.example.com:7443, not &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：address 必须为 host:port 格式，例如 concord.example.com:7443，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, line %2: transport = insecure-loopback only works with a server on this computer (127.0.0.1, ::1 or localhost), not %3. Use transport = tls.</source>
        <translation>%1，第 %2 行：transport = insecure-loopback 仅适用于本机上的服务器（127.0.0.1、::1 或 localhost），不适用于 %3。请使用 transport = tls。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: transport must be tls or insecure-loopback, not &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：transport 必须为 tls 或 insecure-loopback，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2: rotation must be a number of seconds from %3 to %4, not &quot;%5&quot;.</source>
        <translation>%1，第 %2 行：rotation 必须是 %3 到 %4 之间的秒数，而不是“%5”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, line %2: &quot;%3&quot; is not a page this display knows. Known pages: %4.</source>
        <translation>%1，第 %2 行：“%3”不是此看板支持的页面。支持的页面：%4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: pages lists no page. For example: pages = alarms</source>
        <translation>%1，第 %2 行：pages 未列出任何页面。例如：pages = alarms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: language must be en or zh_CN, not &quot;%3&quot;.</source>
        <translation>%1，第 %2 行：language 必须为 en 或 zh_CN，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--kiosk takes the server and the display account from its configuration file only; remove %1 from the command line.</source>
        <translation>--kiosk 只从其配置文件读取服务器和显示账户；请从命令行中删除 %1。</translation>
    </message>
</context>
<context>
    <name>ModuleCatalog</name>
    <message>
        <location filename="../client/shell/modulecatalog.cpp" line="+15"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <location filename="../client/signature/signaturetext.cpp" line="+10"/>
        <source>Authored</source>
        <translation>编写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation>执行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By signing, you declare that you are the author of this record.</source>
        <translation>签名即表示您声明自己是此记录的编写人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By signing, you declare that you have reviewed this record.</source>
        <translation>签名即表示您声明已审核此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you approve this record.</source>
        <translation>签名即表示您批准此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you release this record.</source>
        <translation>签名即表示您放行此记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By signing, you declare that you have verified this record.</source>
        <translation>签名即表示您声明已复核此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you reject this record.</source>
        <translation>签名即表示您驳回此记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By signing, you declare that you have performed this step.</source>
        <translation>签名即表示您声明已执行此步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By signing, you sign this record as “%1”.</source>
        <translation>签名即表示您以“%1”签署此记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>requester or subject</source>
        <translation>申请人或当事人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account owner</source>
        <translation>账户所有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releaser</source>
        <translation>放行人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role change</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by %1 on %2 — %3</source>
        <translation>由 %1 于 %2 签名 — %3</translation>
    </message>
</context>
<context>
    <name>concord::AlarmModel</name>
    <message>
        <location filename="../client/kiosk/alarmboarddelegate.cpp" line="+82"/>
        <location filename="../client/core/alarmmodel.cpp" line="+239"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/core/alarmmodel.cpp" line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../client/core/alarmmodel.cpp" line="+2"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../client/core/alarmmodel.cpp" line="+7"/>
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
    <name>concord::AuditModel</name>
    <message>
        <location filename="../client/core/auditmodel.cpp" line="+212"/>
        <source>User ID %1</source>
        <translation>用户编号 %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Entry</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes (old → new)</source>
        <translation>变更（旧值 → 新值）</translation>
    </message>
</context>
<context>
    <name>concord::RpcClient</name>
    <message>
        <location filename="../client/core/rpcclient.cpp" line="+35"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时响应。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Unencrypted connections are only allowed to this computer (loopback), not to %1.</source>
        <translation>未加密的连接只允许连接本机（回环地址），不允许连接 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The server refused the greeting: %1</source>
        <translation>服务器拒绝了握手：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server speaks protocol %1, this client %2: update the client.</source>
        <translation>服务器使用协议 %1，本客户端使用协议 %2：请更新客户端。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The session could not be resumed: %1</source>
        <translation>无法恢复会话：%1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The server sent a message larger than %1 bytes.</source>
        <translation>服务器发送的消息超过 %1 字节。</translation>
    </message>
    <message>
        <location filename="../client/core/rpcclientsession.cpp" line="+170"/>
        <source>The server stopped answering; reconnecting.</source>
        <translation>服务器停止响应，正在重新连接。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The live updates could not be started: %1</source>
        <translation>无法启动实时更新：%1</translation>
    </message>
</context>
<context>
    <name>concord::ui::AdminPage</name>
    <message>
        <location filename="../client/identity/adminpage.cpp" line="+27"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role changes</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active sessions</source>
        <translation>活动会话</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>User %1 (%2)</source>
        <translation>用户 %1（%2）</translation>
    </message>
</context>
<context>
    <name>concord::ui::AlarmBoard</name>
    <message>
        <location filename="../client/kiosk/alarmboard.cpp" line="+40"/>
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
        <location line="+2"/>
        <source>Loading alarms…</source>
        <translation>正在加载报警…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No active alarms</source>
        <translation>无未确认报警</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The alarms could not be loaded: %1</source>
        <translation>无法加载报警：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active alarms</source>
        <translation>未确认报警</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>… and %1 more not shown</source>
        <translation>… 另有 %1 条未显示</translation>
    </message>
</context>
<context>
    <name>concord::ui::AlarmPanel</name>
    <message>
        <location filename="../client/alarm/alarmpanel.cpp" line="+74"/>
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
        <location line="+77"/>
        <source>Alarm %1: %2</source>
        <translation>报警 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alarm %1 at %2: %3</source>
        <translation>报警 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>concord::ui::AuditDetails</name>
    <message>
        <location filename="../client/audit/auditdetails.cpp" line="+50"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client address:</source>
        <translation>客户端地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash:</source>
        <translation>哈希值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous hash:</source>
        <translation>前一哈希值：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select an entry to see its details.</source>
        <translation>选择一个条目以查看详情。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry #%1: %2 of %3</source>
        <translation>条目 #%1：对 %3 执行 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (stored as %2)</source>
        <translation>%1（存储值 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (user ID %2)</source>
        <translation>%1（用户编号 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditExport</name>
    <message>
        <location filename="../client/audit/auditexport.cpp" line="+42"/>
        <location line="+33"/>
        <location line="+24"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Reading the audit trail…</source>
        <translation>正在读取审计追踪…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>More than %L1 entries match the filter: too many for a PDF. Narrow the filter, or export to CSV.</source>
        <translation>符合筛选条件的条目超过 %L1 个，无法生成 PDF。请缩小筛选范围，或导出为 CSV。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the audit trail… %L1 entries so far</source>
        <translation>正在读取审计追踪… 已读取 %L1 个条目</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+37"/>
        <source>%L1 entries exported to %2</source>
        <translation>已将 %L1 个条目导出到 %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Audit trail</source>
        <translation>审计追踪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (UTC %2)</source>
        <translation>%1（UTC %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the PDF (%L1 entries)…</source>
        <translation>正在生成 PDF（%L1 个条目）…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditFilterBar</name>
    <message>
        <location filename="../client/audit/auditfilterbar.cpp" line="+67"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries at or after this time</source>
        <translation>此时间及之后的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries before this time</source>
        <translation>此时间之前的条目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the trail from this entry number down</source>
        <translation>从此条目号开始向下（向更早的条目）列出审计追踪</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record &amp;type:</source>
        <translation>记录类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;ID:</source>
        <translation>记录编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actio&amp;n:</source>
        <translation>操作(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up to &amp;entry #:</source>
        <translation>截至条目号(&amp;E)：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>record %1 %2</source>
        <translation>记录 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any type)</source>
        <translation>（任意类型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(any ID)</source>
        <translation>（任意编号）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before %1</source>
        <translation>早于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries up to #%1</source>
        <translation>条目 #%1 及之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All entries</source>
        <translation>全部条目</translation>
    </message>
</context>
<context>
    <name>concord::ui::AuditViewer</name>
    <message>
        <location filename="../client/audit/auditviewer.cpp" line="+44"/>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recompute the hash of every entry of the whole trail and check that none was changed, removed or inserted</source>
        <translation>重新计算整个审计追踪中每个条目的哈希值，检查是否有条目被修改、删除或插入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the entries again, with those written since</source>
        <translation>重新加载条目，包括此后新写入的条目</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Entry #%1 is missing from the trail; the entry before it is selected.</source>
        <translation>审计追踪中缺少条目 #%1；已选中它之前的条目。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match the filter.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 entries shown; scroll down for older ones</source>
        <translation>已显示 %L1 个条目；向下滚动可查看更早的条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 entries</source>
        <translation>%L1 个条目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the whole audit trail… On a large trail this takes a while; you can go on working.</source>
        <translation>正在校验整个审计追踪… 审计追踪较大时需要一些时间；您可以继续工作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked at %1</source>
        <translation>校验时间：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail is intact: %L1 entries verified</source>
        <translation>审计追踪完整：已校验 %L1 个条目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail was altered: the first broken entry is #%1</source>
        <translation>审计追踪已被篡改：第一个损坏的条目为 #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show entry #%1</source>
        <translation>显示条目 #%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the audit trail to CSV</source>
        <translation>将审计追踪导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the audit trail to PDF</source>
        <translation>将审计追踪导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audit trail of record %1</source>
        <translation>记录 %1 的审计追踪</translation>
    </message>
</context>
<context>
    <name>concord::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../client/shell/changepassworddialog.cpp" line="+19"/>
        <location line="+24"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your password has expired. Choose a new one to continue.</source>
        <translation>您的密码已过期。请设置新密码以继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password must be changed before you continue.</source>
        <translation>继续之前必须修改您的密码。</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>concord::ui::GlobalSearch</name>
    <message>
        <location filename="../client/shell/globalsearch.cpp" line="+13"/>
        <source>Search ID or scan barcode…</source>
        <translation>搜索编号或扫描条码…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing found for “%1”.</source>
        <translation>未找到与“%1”相关的结果。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>“%1”共有 %n 条结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::KioskLauncher</name>
    <message>
        <location filename="../client/kiosk/kiosklauncher.cpp" line="+104"/>
        <source>This display cannot start: its configuration file must be fixed.</source>
        <translation>此看板无法启动：必须修正其配置文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The display starts by itself as soon as the file is correct.</source>
        <translation>配置文件修正后，看板将自动启动。</translation>
    </message>
</context>
<context>
    <name>concord::ui::KioskSession</name>
    <message>
        <location filename="../client/kiosk/kiosksession.cpp" line="+41"/>
        <source>The server %1 presents a different certificate than before (%2). Nothing was sent to it. An administrator must check the server; if the new certificate is expected, remove the line for %1 from %3.</source>
        <translation>服务器 %1 提供的证书与之前不同（%2）。未向其发送任何数据。必须由管理员检查服务器；如确属预期的证书更换，请从 %3 中删除 %1 所在的行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>The display stopped connecting to %1: %2</source>
        <translation>看板已停止连接 %1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The display account %1 must change its password before it can show anything. Sign in with it once in the desktop client to change the password, then put the new one into the display configuration file.</source>
        <translation>显示账户 %1 必须先修改密码才能显示内容。请在桌面客户端中用该账户登录一次以修改密码，然后将新密码填入看板配置文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The display account %1 could not sign in: the user name or password is wrong. Correct them in the display configuration file; the display reads it again by itself.</source>
        <translation>显示账户 %1 无法登录：用户名或密码错误。请在看板配置文件中更正；看板会自动重新读取该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The display account %1 could not sign in: %2 The display tries again by itself.</source>
        <translation>显示账户 %1 无法登录：%2看板将自动重试。</translation>
    </message>
</context>
<context>
    <name>concord::ui::KioskWindow</name>
    <message>
        <location filename="../client/kiosk/kioskwindow.cpp" line="+178"/>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connection to the server lost — reconnecting… last update %1</source>
        <translation>与服务器的连接已中断 — 正在重新连接… 最后更新 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the server %1…</source>
        <translation>正在连接服务器 %1…</translation>
    </message>
</context>
<context>
    <name>concord::ui::LockScreen</name>
    <message>
        <location filename="../client/shell/lockscreen.cpp" line="+20"/>
        <source>Concord is locked</source>
        <translation>Concord 已锁定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Signed in as %1 (%2). Locked since %3.
Only %1 can unlock; anyone else signs out.</source>
        <translation>已以 %1（%2）身份登录。锁定时间：%3。
只有 %1 可以解锁；其他人只能退出登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
</context>
<context>
    <name>concord::ui::LoginDialog</name>
    <message>
        <location filename="../client/shell/logindialog.cpp" line="+27"/>
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
        <location line="+71"/>
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
        <location filename="../client/shell/mainwindow.cpp" line="+32"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No module is available to your account.</source>
        <translation>您的账户没有可用的模块。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Concord</source>
        <translation>Concord(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The new language is used from the next start of Concord.</source>
        <translation>新语言将在下次启动 Concord 时生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Critical alarm at %1: %2</source>
        <translation>%1 发生严重报警：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Critical alarm at %1</source>
        <translation>%1 发生严重报警</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>concord::ui::PermissionPicker</name>
    <message>
        <location filename="../client/identity/permissionpicker.cpp" line="+17"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allows</source>
        <translation>允许</translation>
    </message>
</context>
<context>
    <name>concord::ui::ReasonDialog</name>
    <message>
        <location filename="../client/identity/reasondialog.cpp" line="+26"/>
        <source>Required: recorded in the audit trail</source>
        <translation>必填：将记录在审计追踪中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleChangeDialog</name>
    <message>
        <location filename="../client/identity/rolechangedialog.cpp" line="+24"/>
        <source>Request role change</source>
        <translation>申请角色变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new roles take effect only when another person approves this request with an electronic signature.</source>
        <translation>新角色仅在另一人以电子签名批准此申请后才生效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Required: recorded in the audit trail and signed with the change</source>
        <translation>必填：将记录在审计追踪中，并随变更一起签名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current roles:</source>
        <translation>当前角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New roles:</source>
        <translation>新角色(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Request</source>
        <translation>提交申请(&amp;R)</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleChangeModel</name>
    <message>
        <location filename="../client/identity/rolechangemodel.cpp" line="+30"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles before</source>
        <translation>变更前角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested roles</source>
        <translation>申请的角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleChangesTab</name>
    <message>
        <location filename="../client/identity/rolechangestab.cpp" line="+47"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Request role change…</source>
        <translation>申请角色变更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel change…</source>
        <translation>撤销变更(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as re&amp;viewed…</source>
        <translation>签署审核(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as &amp;approved…</source>
        <translation>签署批准(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signatures of the selected role change</source>
        <translation>所选角色变更的签名</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Select a role change to see its signatures.</source>
        <translation>选择一个角色变更以查看其签名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role change %1 for %2: %3 → %4. Requested by %5 on %6. Reason: %7. Status: %8.</source>
        <translation>角色变更 %1（%2）：%3 → %4。由 %5 于 %6 申请。原因：%7。状态：%8。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Role change %1 requested. It takes effect when another person signs it as approved.</source>
        <translation>已申请角色变更 %1。需由另一人以“批准”签名后才生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel role change</source>
        <translation>撤销角色变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel role change %1 for %2? The user keeps the roles %3.</source>
        <translation>撤销 %2 的角色变更 %1？该用户将保留角色 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel &amp;change</source>
        <translation>撤销变更(&amp;C)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New roles for %1</source>
        <translation>%1 的新角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, user ID %2</source>
        <translation>%1，用户名 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles before</source>
        <translation>变更前角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles after</source>
        <translation>变更后角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role change %1 is approved and applied: %2 has the new roles.</source>
        <translation>角色变更 %1 已批准并生效：%2 已拥有新角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role change %1 is signed as %2.</source>
        <translation>角色变更 %1 已签名，签名含义：%2。</translation>
    </message>
</context>
<context>
    <name>concord::ui::RoleDialog</name>
    <message>
        <location filename="../client/identity/roledialog.cpp" line="+41"/>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit role %1</source>
        <translation>编辑角色 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. line-lead</source>
        <translation>例如 line-lead</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Required: recorded in the audit trail</source>
        <translation>必填：将记录在审计追踪中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 to 64 lowercase letters, digits, “_” and “-”, starting with a letter. A role&apos;s name cannot be changed later.</source>
        <translation>2 到 64 个小写字母、数字、“_”和“-”，以字母开头。角色名称以后不能更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users who hold this role get the new permissions at once, without a role change.</source>
        <translation>拥有此角色的用户将立即获得新的权限，无需角色变更。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create role</source>
        <translation>创建角色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>concord::ui::RolesTab</name>
    <message>
        <location filename="../client/identity/rolestab.cpp" line="+31"/>
        <source>Roles and the permissions they give. A user&apos;s roles change only through a role change that another person approves with an electronic signature.</source>
        <translation>角色及其授予的权限。用户的角色只能通过角色变更来更改，且该变更须由另一人以电子签名批准。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role / permission</source>
        <translation>角色 / 权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New role…</source>
        <translation>新建角色(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit role…</source>
        <translation>编辑角色(&amp;E)…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Administer users (create, edit, deactivate, unlock, reset password, request role changes)</source>
        <translation>管理用户（创建、编辑、停用、解锁、重置密码、申请角色变更）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See users and roles</source>
        <translation>查看用户和角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create and change roles</source>
        <translation>创建和修改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See active sessions</source>
        <translation>查看活动会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See role changes</source>
        <translation>查看角色变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the audit trail</source>
        <translation>查阅审计追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit trail</source>
        <translation>校验审计追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See electronic signatures</source>
        <translation>查看电子签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See alarms</source>
        <translation>查看报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise alarms</source>
        <translation>触发报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge alarms</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive live updates</source>
        <translation>接收实时更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep durable event cursors (integrations)</source>
        <translation>保留持久事件游标（系统集成）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign %1 as “%2”</source>
        <translation>以“%2”签署%1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The role %1 is created.</source>
        <translation>角色 %1 已创建。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The role %1 is changed.</source>
        <translation>角色 %1 已更改。</translation>
    </message>
</context>
<context>
    <name>concord::ui::SessionsPanel</name>
    <message>
        <location filename="../client/session/sessionspanel.cpp" line="+26"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in since</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2 min ago)</source>
        <translation>%1（%2 分钟前）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n active session(s) on this server.</source>
        <translation>
            <numerusform>此服务器上有 %n 个活动会话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ui::SettingsDialog</name>
    <message>
        <location filename="../client/shell/settingsdialog.cpp" line="+19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used from the next start of Concord.</source>
        <translation>新语言将在下次启动 Concord 时生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font size:</source>
        <translation>字体大小(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock the screen after:</source>
        <translation>空闲多久后锁定屏幕(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>concord::ui::SignatureDialog</name>
    <message>
        <location filename="../client/signature/signaturedialog.cpp" line="+44"/>
        <location line="+89"/>
        <source>Electronic signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+218"/>
        <source>%1 %2, version %3</source>
        <translation>%1 %2，版本 %3</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>You are signing</source>
        <translation>您正在签署</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Meaning of this signature</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (user ID %2)</source>
        <translation>%1（用户名 %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signer:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User ID:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your electronic signature is legally binding: it is the equivalent of your handwritten signature. Sign only what you have read.</source>
        <translation>您的电子签名具有法律约束力，等同于您的手写签名。请只签署您已阅读的内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+79"/>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>✔ Signed</source>
        <translation>✔ 已签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed by:</source>
        <translation>签名人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>日期和时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning:</source>
        <translation>签名含义：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is stored with this version of the record and in the audit trail. It stays valid only as long as the record is not changed.</source>
        <translation>签名与此版本的记录一起保存，并记入审计追踪。仅当记录未被修改时，签名才保持有效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signing…</source>
        <translation>正在签名…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is your first signature since you signed in: enter your user ID and your password, then press Sign.</source>
        <translation>这是您登录后的首次签名：请输入您的用户名和密码，然后点击“签名”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your user ID.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Too many wrong passwords: your account is now locked and your session ends. Nothing was signed. Ask an administrator to unlock your account.</source>
        <translation>密码错误次数过多：您的账户现已锁定，会话将结束。未签署任何内容。请联系管理员解锁您的账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have the right to sign this record as “%1”. Nothing was signed.</source>
        <translation>您无权以“%1”签署此记录。未签署任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device and display accounts cannot sign. Nothing was signed.</source>
        <translation>设备账户和显示账户不能签名。未签署任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Sign again to retry: a signature that did reach the server is not recorded twice.</source>
        <translation>请再次点击“签名”重试：已送达服务器的签名不会重复记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was signed.</source>
        <translation>未签署任何内容。</translation>
    </message>
</context>
<context>
    <name>concord::ui::SignatureList</name>
    <message>
        <location filename="../client/signature/signaturelist.cpp" line="+15"/>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record was changed after signing</source>
        <translation>签名后记录已被修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record no longer exists</source>
        <translation>记录已不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signature record was altered</source>
        <translation>签名记录已被篡改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>concord::ui::TemporaryPasswordDialog</name>
    <message>
        <location filename="../client/identity/temporarypassworddialog.cpp" line="+20"/>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The temporary password for %1 (user ID %2):</source>
        <translation>%1（用户名 %2）的临时密码：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This password is shown only now and cannot be shown again. Hand it to the user in a safe way; they must change it when they first sign in. If it is lost, reset the password again.</source>
        <translation>此密码仅在此时显示，之后无法再次查看。请以安全的方式交给该用户；用户首次登录时必须修改此密码。如密码遗失，请再次重置密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have &amp;noted the password</source>
        <translation>我已记下密码(&amp;N)</translation>
    </message>
</context>
<context>
    <name>concord::ui::UserDialog</name>
    <message>
        <location filename="../client/identity/userdialog.cpp" line="+29"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. j.smith</source>
        <translation>例如 j.smith</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required: recorded in the audit trail</source>
        <translation>必填：将记录在审计追踪中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User ID:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowercase letters, digits, “.”, “_” and “-”, starting with a letter. A user ID is never reused, not even after the account is deactivated.</source>
        <translation>只能包含小写字母、数字、“.”、“_”和“-”，且须以字母开头。用户名永不重复使用，即使账户已停用也是如此。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device (equipment, integration)</source>
        <translation>设备（仪器设备、系统集成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display (shop TV)</source>
        <translation>显示（车间看板）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initial &amp;roles:</source>
        <translation>初始角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial roles become a role change that another person must approve with an electronic signature.</source>
        <translation>初始角色将作为一项角色变更提交，须由另一人以电子签名批准。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create user</source>
        <translation>创建用户(&amp;C)</translation>
    </message>
</context>
<context>
    <name>concord::ui::UserModel</name>
    <message>
        <location filename="../client/identity/usermodel.cpp" line="+79"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, must change password</source>
        <translation>正常，须修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User ID</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::ui::UsersTab</name>
    <message>
        <location filename="../client/identity/userstab.cpp" line="+37"/>
        <source>Filter by user ID, name, role …</source>
        <translation>按用户名、姓名、角色等筛选…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;deactivated accounts</source>
        <translation>显示已停用的账户(&amp;D)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate…</source>
        <translation>停用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The initial roles wait for approval as role change %1.</source>
        <translation>初始角色正在等待批准（角色变更 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account %1 exists, but its temporary password was lost on the way. Reset the password to get a new one.</source>
        <translation>账户 %1 已创建，但其临时密码在传输中丢失。请重置密码以获取新密码。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Deactivate account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the account %1 (%2)?

Every session of this account ends at once: the user is signed out on every computer now. The user ID %1 stays reserved and is never given to anybody else. The account stays in the records and the audit trail.</source>
        <translation>停用账户 %1（%2）？

该账户的所有会话将立即结束：该用户会立即在所有计算机上被登出。用户名 %1 将一直保留，永不分配给他人。该账户仍保留在记录和审计追踪中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is deactivated; its sessions have ended.</source>
        <translation>账户 %1 已停用；其会话已结束。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock account</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account %1 (%2)? Its failed password attempts are reset.</source>
        <translation>解锁账户 %1（%2）？其密码失败次数将被重置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is unlocked.</source>
        <translation>账户 %1 已解锁。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new temporary password for %1 (%2)?

The current password stops working at once and the account is unlocked. The user must choose a new password at the next sign-in.</source>
        <translation>为 %1（%2）设置新的临时密码？

当前密码将立即失效，账户将被解锁。用户下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of %1 was reset, but the temporary password was lost on the way. Reset it again.</source>
        <translation>%1 的密码已重置，但临时密码在传输中丢失。请再次重置。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/app/main.cpp" line="+168"/>
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
