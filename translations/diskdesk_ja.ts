<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../dialogs/amenddialog.cpp" line="+23"/>
        <source>Amend qcow2 Compat Level</source>
        <translation>qcow2 互換レベルの修正</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None of %1 can be amended.</source>
        <translation>%1 のいずれも修正できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 disk</source>
        <translation>1 個のディスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 volume</source>
        <translation>1 個のボリューム</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n disks</source>
        <translation>
            <numerusform>%n 個のディスク</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n volumes</source>
        <translation>
            <numerusform>%n 個のボリューム</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 will be amended to qcow2 compat 1.1, %3 in all (bold below). Each disk is locked while the manager amends its volumes, older snapshots included; the data they hold does not change.</source>
        <translation>%2 のうち %1 を qcow2 compat 1.1 に修正します。対象は合計 %3 です (下に太字で表示)。Manager が古いスナップショットを含むボリュームを修正している間、各ディスクはロックされます。ボリューム内のデータは変更されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volumes to amend</source>
        <translation>修正するボリューム</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left out:</source>
        <translation>対象外:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disks left out</source>
        <translation>対象外のディスク</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amend progress</source>
        <translation>修正の進捗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m disks done</source>
        <translation>%v / %m ディスク完了</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Amend</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to amend: every disk is left out, for the reason given.</source>
        <translation>修正対象はありません: すべてのディスクが、表示された理由により対象外です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to a manager.</source>
        <translation>Manager に接続されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amending… You may close this window: the Tasks pane follows the amends to their end.</source>
        <translation>修正中… このウィンドウを閉じてもかまいません。修正の完了までは「タスク」ペインで追跡できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is amended.</source>
        <translation>ディスクを修正しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>All %n disks are amended.</source>
        <translation>
            <numerusform>%n 個のディスクすべてが修正されました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 amended, %2 failed: see the manager&apos;s messages above.</source>
        <translation>%1 個を修正、%2 個が失敗しました。上の Manager のメッセージを参照してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
</context>
<context>
    <name>AmendInventoryLoader</name>
    <message>
        <location filename="../models/amendinventoryloader.cpp" line="+35"/>
        <source>Disk snapshot %1</source>
        <translation>ディスクのスナップショット %1</translation>
    </message>
</context>
<context>
    <name>AmendPlanModel</name>
    <message>
        <location filename="../models/amendplanmodel.cpp" line="+20"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Active volume</source>
        <translation>アクティブボリューム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>raw, not changed</source>
        <translation>raw、変更なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.1 (not done)</source>
        <translation>1.1 (未完了)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume of</source>
        <translation>ボリュームの所属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compat now</source>
        <translation>現在の互換レベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After amend</source>
        <translation>修正後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>AmendRules</name>
    <message>
        <location filename="../models/amendrules.cpp" line="+36"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not an image disk: it has no qcow2 volumes.</source>
        <translation>%1 はイメージディスクではありません: qcow2 ボリュームがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot edit Virtual Disk: The following disks are locked: %1. Please try again in a few minutes.</source>
        <translation>仮想ディスクを編集できません: 次のディスクがロックされています: %1。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot edit Virtual Disk. The amend operation does not support disk without any QCOW2 volumes.</source>
        <translation>仮想ディスクを編集できません。修正操作は、QCOW2 ボリュームを持たないディスクをサポートしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every qcow2 volume of %1 is already at compat %2.</source>
        <translation>%1 のすべての qcow2 ボリュームは既に compat %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot edit Virtual Disk. The following attached disks are in ILLEGAL status: %1 - please remove them and try again.</source>
        <translation>仮想ディスクを編集できません。次のアタッチ済みディスクが ILLEGAL ステータスです: %1 - これらを削除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot amend Virtual Disk. The disk %1 is plugged to non-Down VMs: %2</source>
        <translation>仮想ディスクを修正できません。ディスク %1 は、停止状態 (Down) でない VM にプラグされています: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot amend Virtual Disk. The amend operation does not support Template disks.</source>
        <translation>仮想ディスクを修正できません。修正操作はテンプレートのディスクをサポートしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot amend Virtual Disk. The relevant Storage Domain&apos;s status is %1.</source>
        <translation>仮想ディスクを修正できません。該当するストレージドメインのステータスは %1 です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The storage domain %1 has storage format %2, which cannot hold qcow2 compat 1.1 (V4 or later can). Raise its data center&apos;s compatibility version first.</source>
        <translation>ストレージドメイン %1 のストレージ形式は %2 であり、qcow2 compat 1.1 を保持できません (V4 以降が必要です)。先にデータセンターの互換バージョンを上げてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can be amended</source>
        <translation>修正可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an image disk</source>
        <translation>イメージディスクではない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk locked</source>
        <translation>ディスクがロック中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw disk</source>
        <translation>raw ディスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk illegal</source>
        <translation>ディスクが不正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM not down</source>
        <translation>VM が停止していない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template disk</source>
        <translation>テンプレートのディスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain not active</source>
        <translation>ドメインが非アクティブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain format too old</source>
        <translation>ドメイン形式が古すぎる</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../api/apierror.cpp" line="+28"/>
        <source>The manager answered with HTTP status %1.</source>
        <translation>Manager が HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>リクエストが失敗しました。</translation>
    </message>
</context>
<context>
    <name>AttachDiskDialog</name>
    <message>
        <location filename="../dialogs/attachdiskdialog.cpp" line="+77"/>
        <source>Attach Virtual Disks</source>
        <translation>仮想ディスクのアタッチ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>イメージ(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Image disks</source>
        <translation>イメージディスク</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Direct LUN</source>
        <translation>ダイレクト LUN(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Direct LUN disks</source>
        <translation>ダイレクト LUN ディスク</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual Size</source>
        <translation>仮想サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual Size</source>
        <translation>実サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Read-Only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Bootable</source>
        <translation>ブート可能</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Shareable</source>
        <translation>共有可能</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>LUN ID</source>
        <translation>LUN ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Activate Disk(s)</source>
        <translation>ディスクをアクティブ化(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate Disk(s)</source>
        <translation>ディスクをアクティブ化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the VM is running, disks attached with an IDE interface won&apos;t be activated.</source>
        <translation>VM の実行中は、IDE インターフェースでアタッチしたディスクはアクティブ化されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface of %1</source>
        <translation>%1 のインターフェース</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only mode of %1</source>
        <translation>%1 の読み取り専用モード</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (write-protected)</source>
        <translation>%1 (書き込み禁止)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No disks selected</source>
        <translation>ディスクが選択されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There can be only one bootable disk defined</source>
        <translation>定義できるブート可能ディスクは 1 つだけです</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: its storage is write-protected, so it will be attached read-only.</source>
        <translation>%1: ストレージが書き込み禁止のため、読み取り専用でアタッチされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: read-write; read-only instead if the storage turns out write-protected.</source>
        <translation>%1: 読み書き。ストレージが書き込み禁止と判明した場合は読み取り専用になります。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Attaches %n disk(s) to %1 and hot plugs them.</source>
        <translation>
            <numerusform>%n 個のディスクを %1 にアタッチし、ホットプラグします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attaches %n disk(s) to %1, activated.</source>
        <translation>
            <numerusform>%n 個のディスクを %1 にアタッチし、アクティブ化します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attaches %n disk(s) to %1, not activated.</source>
        <translation>
            <numerusform>%n 個のディスクを %1 にアタッチします (アクティブ化しません)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaFetcher</name>
    <message>
        <location filename="../api/cafetcher.cpp" line="+91"/>
        <source>%1 did not send a CA certificate (HTTP status %2). Is this an oVirt engine? You can choose the manager&apos;s CA file instead.</source>
        <translation>%1 は CA 証明書を送信しませんでした (HTTP ステータス %2)。oVirt Engine ではない可能性があります。代わりに Manager の CA ファイルを選択することもできます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The manager&apos;s certificate is not signed by the CA it offers, so trusting that CA would not secure the connection.</source>
        <translation>Manager の証明書は、提示された CA によって署名されていません。そのため、その CA を信頼しても接続は保護されません。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../cli/clirunner.cpp" line="+37"/>
        <source>--format must be table, json or csv, not “%1”.</source>
        <translation>--format には table、json、csv のいずれかを指定してください (「%1」は指定できません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give either --profile or --url, not both.</source>
        <translation>--profile と --url のどちらか一方を指定してください (両方は指定できません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give --profile NAME, or --url URL with --user and --password-file.</source>
        <translation>--profile NAME を指定するか、--url URL を --user および --password-file と共に指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url must be a host name or an http(s) URL, not “%1”.</source>
        <translation>--url にはホスト名または http(s) URL を指定してください (「%1」は指定できません)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs --password-file FILE (“-” reads standard input).</source>
        <translation>--url には --password-file FILE が必要です (「-」を指定すると標準入力から読み取ります)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a command: vms, disks, snapshots VM, storagedomains, attachments VM, snapshot create VM, amend DISK.</source>
        <translation>コマンドを指定してください: vms, disks, snapshots VM, storagedomains, attachments VM, snapshot create VM, amend DISK。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--vm is only used by amend.</source>
        <translation>--vm は amend でのみ使用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no operand.</source>
        <translation>%1 はオペランドを取りません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs exactly one VM (name or id).</source>
        <translation>%1 には VM (名前または id) を 1 つだけ指定する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot supports: snapshot create VM [--description TEXT] [--disk ID]… [--memory].</source>
        <translation>snapshot でサポートされている形式: snapshot create VM [--description TEXT] [--disk ID]… [--memory]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snapshot create needs exactly one VM (name or id).</source>
        <translation>snapshot create には VM (名前または id) を 1 つだけ指定する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amend needs exactly one disk (alias or id): amend DISK [--vm VM].</source>
        <translation>amend にはディスク (エイリアスまたは id) を 1 つだけ指定する必要があります: amend DISK [--vm VM]。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no saved profile “%1” (no profiles are saved; DiskDesk saves them).</source>
        <translation>保存済みプロファイル「%1」はありません (保存済みのプロファイルはありません。プロファイルは DiskDesk で保存します)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved profile “%1”; saved profiles: %2.</source>
        <translation>保存済みプロファイル「%1」はありません。保存済みのプロファイル: %2。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>パスワードファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain holds no password for this profile</source>
        <translation>キーチェーンにこのプロファイルのパスワードがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password for profile “%1”: %2. Pass --password-file FILE.</source>
        <translation>プロファイル「%1」のパスワードがありません: %2。--password-file FILE を指定してください。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The manager has no virtual machine named “%1” (or with that id).</source>
        <translation>Manager に「%1」という名前 (またはその id) の仮想マシンはありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The manager has no disk named “%1” (or with that id).</source>
        <translation>Manager に「%1」という名前 (またはその id) のディスクはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n disks are named “%1”; give the id of one of them.</source>
        <translation>
            <numerusform>「%1」という名前のディスクが %n 個あります。いずれかの ID を指定してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../api/client.cpp" line="+187"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manager answered with HTTP status %1.</source>
        <translation>Manager が HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The sign-on service at %1 did not answer like an oVirt engine (HTTP status %2).</source>
        <translation>%1 のサインオンサービスは oVirt Engine として応答しませんでした (HTTP ステータス %2)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manager&apos;s sign-on service answered with HTTP status %1.</source>
        <translation>Manager のサインオンサービスが HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager&apos;s sign-on service sent no access token.</source>
        <translation>Manager のサインオンサービスがアクセストークンを送信しませんでした。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The manager&apos;s answer was cut off (%1).</source>
        <translation>Manager の応答が途中で切れました (%1)。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The manager did not accept the session; please log in again.</source>
        <translation>Manager がセッションを受け付けませんでした。もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The manager&apos;s answer was cut off (no body).</source>
        <translation>Manager の応答が途中で切れました (本文なし)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The response content type “%1” isn&apos;t the expected XML.</source>
        <translation>応答のコンテンツタイプ「%1」は、想定される XML ではありません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(Tried %1 times.)</source>
        <translation>(%1 回試行しました。)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The manager reported the operation as failed.</source>
        <translation>Manager は操作の失敗を報告しました。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The manager&apos;s answer was cut off (incomplete XML).</source>
        <translation>Manager の応答が途中で切れました (XML が不完全)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whether the manager carried out %1 could not be checked (%2); look for correlation id %3 in its events before trying again.</source>
        <translation>Manager が %1 を実行したかどうかを確認できませんでした (%2)。再試行する前に、Manager のイベントで相関 ID %3 を探してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to %1 was lost (%2), but the manager received it (correlation id %3); it is not sent again.</source>
        <translation>%1 への応答は失われましたが (%2)、Manager はリクエストを受信しています (相関 ID %3)。再送信はしません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The manager shows no trace of %1 (correlation id %2): it was not carried out. Tried %3 times.</source>
        <translation>Manager に %1 の痕跡はありません (相関 ID %2): 実行されませんでした。%3 回試行しました。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 is not an oVirt API: %2. Check the address; a manager&apos;s API is usually https://HOST/ovirt-engine/api.</source>
        <translation>%1 は oVirt API ではありません: %2。アドレスを確認してください。通常、Manager の API は https://HOST/ovirt-engine/api です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This manager only speaks API version 3 (%1 %2). DiskDesk needs API version 4, which oVirt 4.0 and later provide.</source>
        <translation>この Manager は API バージョン 3 のみに対応しています (%1 %2)。DiskDesk には API バージョン 4 が必要です (oVirt 4.0 以降で提供)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oVirt Engine</source>
        <translation>oVirt Engine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The manager knows no user profile “%1”; the user name is NAME@PROFILE, for example admin@internal.</source>
        <translation>Manager はユーザープロファイル「%1」を認識していません。ユーザー名は NAME@PROFILE の形式です (例: admin@internal)。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API at %1 answers, but its sign-on service at %2 does not.</source>
        <translation>%1 の API は応答しますが、%2 のサインオンサービスは応答しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it answered with HTTP status %1 and %2</source>
        <translation>HTTP ステータス %1 と %2 で応答しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no content type</source>
        <translation>コンテンツタイプなし</translation>
    </message>
</context>
<context>
    <name>CommitSnapshotDialog</name>
    <message>
        <location filename="../dialogs/commitsnapshotdialog.cpp" line="+22"/>
        <source>Commit Snapshot</source>
        <translation>スナップショットのコミット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Snapshot</source>
        <translation>スナップショットの復元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What will be erased</source>
        <translation>消去される内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing else will be erased.</source>
        <translation>ほかに消去されるものはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will erase:</source>
        <translation>次の内容が消去されます:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit will invalidate previous incremental backups, full backup will be required.</source>
        <translation>コミットすると以前の増分バックアップは無効になり、フルバックアップが必要になります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore &amp;Memory</source>
        <translation>メモリーを復元(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Memory</source>
        <translation>メモリーを復元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Are you sure you want to commit snapshot from %1 with description &apos;%2&apos;? Existing snapshots that were taken after this one will be erased.</source>
        <translation>%1 の説明が &apos;%2&apos; のスナップショットをコミットしてもよろしいですか? このスナップショットより後に作成された既存のスナップショットは消去されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you sure you want to restore snapshot from %1 with description &apos;%2&apos;? The VM returns to that state; existing snapshots that were taken after this one will be erased.</source>
        <translation>%1 の説明が &apos;%2&apos; のスナップショットを復元してもよろしいですか? VM はその状態に戻り、このスナップショットより後に作成された既存のスナップショットは消去されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapshot &apos;%1&apos; from %2</source>
        <translation>%2 のスナップショット &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk %1 (excluded from the preview): deleted</source>
        <translation>ディスク %1 (プレビューから除外): 削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the VM before the preview (Active VM before the preview)</source>
        <translation>プレビュー前の VM の状態 (プレビュー前の Active VM)</translation>
    </message>
</context>
<context>
    <name>CompatLevelsWindow</name>
    <message>
        <location filename="../app/compatlevelswindow.cpp" line="+18"/>
        <source>qcow2 Compat Levels — DiskDesk</source>
        <translation>qcow2 互換レベル — DiskDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compat levels</source>
        <translation>互換レベル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Centers and Clusters</source>
        <translation>データセンターとクラスター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>CompatVersionModel</name>
    <message>
        <location filename="../models/compatversionmodel.cpp" line="+87"/>
        <source>Data center</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compatibility version</source>
        <translation>互換バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage format</source>
        <translation>ストレージ形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../dialogs/connectiondialog.cpp" line="+22"/>
        <source>Connect to oVirt Engine</source>
        <translation>oVirt Engine への接続</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engine address</source>
        <translation>Engine のアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine.example.com</source>
        <translation>engine.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved profile</source>
        <translation>保存済みプロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rofiles…</source>
        <translation>プロファイル(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage profiles</source>
        <translation>プロファイルの管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>システムのキーチェーンにパスワードを保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember password</source>
        <translation>パスワードを保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login error</source>
        <translation>ログインエラー</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Log In</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pro&amp;file:</source>
        <translation>プロファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Engine:</source>
        <translation>Engine(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>(address typed below)</source>
        <translation>(下にアドレスを入力)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enter the engine&apos;s host name or API address.</source>
        <translation>Engine のホスト名または API アドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine address must be a host name or an http(s) URL.</source>
        <translation>Engine のアドレスには、ホスト名または http(s) URL を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a user name, for example %1.</source>
        <translation>ユーザー名を入力してください (例: %1)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name needs a profile, for example %1.</source>
        <translation>ユーザー名にはプロファイルが必要です (例: %1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logging in to %1…</source>
        <translation>%1 にログインしています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connects to %1. Without https the password is sent unencrypted.</source>
        <translation>%1 に接続します。https を使用しない場合、パスワードは暗号化されずに送信されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects to %1.</source>
        <translation>%1 に接続します。</translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message>
        <location filename="../app/connectionflow.cpp" line="+41"/>
        <source>The manager&apos;s CA certificate was not trusted, so DiskDesk did not connect. Compare its fingerprint with the engine&apos;s, or choose its CA file in the profile.</source>
        <translation>Manager の CA 証明書が信頼されなかったため、DiskDesk は接続しませんでした。フィンガープリントを Engine のものと比較するか、プロファイルで CA ファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionStartup</name>
    <message>
        <location filename="../app/connectionstartup.cpp" line="+19"/>
        <source>There is no saved profile “%1”.</source>
        <translation>保存済みプロファイル「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../app/connectionstatuswidget.cpp" line="+22"/>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect now</source>
        <translation>今すぐ再接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect Now</source>
        <translation>今すぐ再接続</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>session renewed at %1</source>
        <translation>%1 にセッションを更新</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected (%1)</source>
        <translation>接続済み (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Connection lost; retrying in %n s</source>
        <translation>
            <numerusform>接続が切断されました。%n 秒後に再試行します</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost; retrying…</source>
        <translation>接続が切断されました。再試行しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out: %1</source>
        <translation>サインアウトしました: %1</translation>
    </message>
</context>
<context>
    <name>CreateSnapshotDialog</name>
    <message>
        <location filename="../dialogs/createsnapshotdialog.cpp" line="+32"/>
        <source>Create Snapshot</source>
        <translation>スナップショットの作成</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Disks to include</source>
        <translation>含めるディスク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save &amp;Memory</source>
        <translation>メモリーを保存(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Memory</source>
        <translation>メモリーを保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks to &amp;include:</source>
        <translation>含めるディスク(&amp;I):</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a description: it is required.</source>
        <translation>説明を入力してください (必須です)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description can be at most %1 characters long.</source>
        <translation>説明は %1 文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description may contain only letters, numbers, spaces and punctuation.</source>
        <translation>説明には、文字、数字、スペース、句読点のみを使用できます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving memory may cause data loss when excluding disks!</source>
        <translation>ディスクを除外してメモリーを保存すると、データが失われる可能性があります!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM will be paused while saving the memory.</source>
        <translation>メモリーの保存中、VM は一時停止します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared disk(s) will not be a part of the VM snapshot: %1.</source>
        <translation>共有ディスクは VM のスナップショットに含まれません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct LUN disk(s) will not be a part of the VM snapshot: %1.</source>
        <translation>ダイレクト LUN ディスクは VM のスナップショットに含まれません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no disks allowing a snapshot, only the configuration will be a part of the VM snapshot.</source>
        <translation>スナップショットを作成できるディスクがないため、構成のみが VM のスナップショットに含まれます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No disk is selected: only the configuration will be a part of the VM snapshot.</source>
        <translation>ディスクが選択されていません: 構成のみが VM のスナップショットに含まれます。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Creates a snapshot of %1: its configuration, %n disk(s) and its memory.</source>
        <translation>
            <numerusform>%1 のスナップショットを作成します: 構成、%n 個のディスク、およびメモリー。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Creates a snapshot of %1: its configuration and %n disk(s).</source>
        <translation>
            <numerusform>%1 のスナップショットを作成します: 構成と %n 個のディスク。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlTransfer</name>
    <message>
        <location filename="../api/curltransfer.cpp" line="+54"/>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server answered HTTP status %1.</source>
        <translation>イメージサーバーが HTTP ステータス %1 を返しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image server answered HTTP status %1: %2</source>
        <translation>イメージサーバーが HTTP ステータス %1 を返しました: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The file became shorter while it was sent.</source>
        <translation>送信中にファイルが短くなりました。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The image server sent %1 of %2 bytes.</source>
        <translation>イメージサーバーは %2 バイト中 %1 バイトを送信しました。</translation>
    </message>
</context>
<context>
    <name>CustomPreviewDialog</name>
    <message>
        <location filename="../dialogs/custompreviewdialog.cpp" line="+31"/>
        <source>Custom Preview Snapshot</source>
        <translation>カスタムプレビュースナップショット</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click to select an entire row</source>
        <translation>ダブルクリックで行全体を選択します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshots by VM configuration, memory and disk</source>
        <translation>VM 構成、メモリー、ディスクごとのスナップショット</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preview runs the VM on this state; commit keeps it, undo returns to the Active VM.</source>
        <translation>プレビューではこの状態で VM を実行します。コミットするとその状態を維持し、元に戻すと Active VM に戻ります。</translation>
    </message>
</context>
<context>
    <name>CustomPreviewModel</name>
    <message>
        <location filename="../models/custompreviewmodel.cpp" line="+115"/>
        <source>Active VM (as it is now)</source>
        <translation>Active VM (現在の状態)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The VM has no snapshots to preview.</source>
        <translation>この VM にはプレビューできるスナップショットがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is chosen from the Active VM: choose the VM configuration or a disk from a snapshot.</source>
        <translation>すべてが Active VM から選択されています: VM 構成またはディスクをスナップショットから選択してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Previewing memory may cause data loss when excluding disks!</source>
        <translation>ディスクを除外してメモリーをプレビューすると、データが失われる可能性があります!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded disks will be deleted when the snapshot is committed.</source>
        <translation>除外したディスクは、スナップショットのコミット時に削除されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VM configuration</source>
        <translation>VM 構成</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+165"/>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>not restored (the VM starts from its disks)</source>
        <translation>復元しない (VM はディスクから起動します)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>excluded: deleted when the snapshot is committed</source>
        <translation>除外: スナップショットのコミット時に削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not included (not attached to the VM now)</source>
        <translation>含まれない (現在 VM にアタッチされていません)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disk in status Illegal</source>
        <translation>ステータスが「不正」のディスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This snapshot does not include the disk</source>
        <translation>このスナップショットにはこのディスクが含まれていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This snapshot does not contain memory</source>
        <translation>このスナップショットにはメモリーが含まれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory can only be restored with the same snapshot&apos;s VM configuration</source>
        <translation>メモリーは、同じスナップショットの VM 構成とともにのみ復元できます</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Configuration</source>
        <translation>VM 構成</translation>
    </message>
</context>
<context>
    <name>DataCentersPage</name>
    <message>
        <location filename="../app/datacenterspage.cpp" line="+23"/>
        <source>Data centers and clusters</source>
        <translation>データセンターとクラスター</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade…</source>
        <translation>アップグレード…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the compatibility version of the selected data center or cluster</source>
        <translation>選択したデータセンターまたはクラスターの互換バージョンをアップグレードします</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A data center&apos;s compatibility version sets the storage format of its data domains; qcow2 compat 1.1 needs V4 or later. Upgrade the clusters first, then the data center.</source>
        <translation>データセンターの互換バージョンによって、そのデータドメインのストレージ形式が決まります。qcow2 compat 1.1 には V4 以降が必要です。先にクラスターをアップグレードしてから、データセンターをアップグレードしてください。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Upgrading…</source>
        <translation>アップグレード中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster %1 is now at compatibility version %2.</source>
        <translation>クラスター %1 の互換バージョンは %2 になりました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data center %1 is now at compatibility version %2.</source>
        <translation>データセンター %1 の互換バージョンは %2 になりました。</translation>
    </message>
</context>
<context>
    <name>DiskAttachRules</name>
    <message>
        <location filename="../models/diskattachrules.cpp" line="+10"/>
        <source>Cannot %1 Virtual Disk. %2</source>
        <translation>仮想ディスクの操作 (%1) を実行できません。%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>アタッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hot plug</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>ホットプラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hot unplug</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>ホットアンプラグ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 disks can&apos;t be read-only.</source>
        <translation>%1 ディスクは読み取り専用にできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCSI device pass-through is not supported for a read-only disk.</source>
        <translation>読み取り専用ディスクでは SCSI デバイスパススルーはサポートされていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LUN %1 is write-protected by its storage server; it can only be attached read-only.</source>
        <translation>LUN %1 はストレージサーバーによって書き込み禁止になっているため、読み取り専用でのみアタッチできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk&apos;s volume format is not supported for shareable disk.</source>
        <translation>ディスクのボリューム形式は、共有可能ディスクではサポートされていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disk %1 in VM %2 is already marked as boot.</source>
        <translation>VM %2 のディスク %1 は既にブートディスクとして設定されています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is already attached to VM.</source>
        <translation>ディスクは既に VM にアタッチされています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is not shareable and is already attached to a VM.</source>
        <translation>ディスクは共有可能ではなく、既に VM にアタッチされています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot %1 Virtual Disk: The following disks are locked: %2. Please try again in a few minutes.</source>
        <translation>仮想ディスクの操作 (%1) を実行できません: 次のディスクがロックされています: %2。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk is in an illegal state. Disks in an illegal state can only be deleted.</source>
        <translation>ディスクが不正な状態です。不正な状態のディスクは削除のみ可能です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot %1 %2 to %3. Hot plugging a disk to an IDE interface is not supported.</source>
        <translation>%3 への %2 の操作 (%1) を実行できません。IDE インターフェースへのディスクのホットプラグはサポートされていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1 %2 to %3. Hot plugging a disk to a sPAPR VSCSI interface is not supported.</source>
        <translation>%3 への %2 の操作 (%1) を実行できません。sPAPR VSCSI インターフェースへのディスクのホットプラグはサポートされていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1 Virtual Disk: The disk interface is not supported by the VM OS: %2.</source>
        <translation>仮想ディスクの操作 (%1) を実行できません: このディスクインターフェースは VM の OS でサポートされていません: %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VM is previewing a Snapshot.</source>
        <translation>VM はスナップショットをプレビュー中です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A disk configured with the &quot;Activate&quot; setting cannot be created as a floating disk.</source>
        <translation>「アクティブ化」設定が有効なディスクは、フローティングディスクとして作成できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk&apos;s provisioned size has to be greater than 0.</source>
        <translation>ディスクの割り当てサイズは 0 より大きくする必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk configuration (COW Preallocated backup-None) is incompatible with the storage domain type.</source>
        <translation>ディスク構成 (COW Preallocated backup-None) は、ストレージドメインのタイプと互換性がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage Domain hasn&apos;t been specified.</source>
        <translation>ストレージドメインが指定されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provided lun is used by another disk.</source>
        <translation>指定された LUN は別のディスクで使用されています。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At least one of the VMs is not down.</source>
        <translation>少なくとも 1 つの VM が停止していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk is already activated.</source>
        <translation>ディスクは既にアクティブ化されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk is already deactivated.</source>
        <translation>ディスクは既に非アクティブ化されています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When the VM is running, cannot activate a disk attached with IDE interface.</source>
        <translation>VM の実行中は、IDE インターフェースでアタッチしたディスクをアクティブ化できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the VM is running, cannot activate a disk attached with %1 interface.</source>
        <translation>VM の実行中は、%1 インターフェースでアタッチしたディスクをアクティブ化できません。</translation>
    </message>
</context>
<context>
    <name>DiskChainPlot</name>
    <message>
        <location filename="../app/diskchainplot.cpp" line="+21"/>
        <source>Volume sizes along the snapshot chain</source>
        <translation>スナップショットチェーンに沿ったボリュームサイズ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume (oldest snapshot first)</source>
        <translation>ボリューム (古いスナップショットから順)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size (logarithmic)</source>
        <translation>サイズ (対数)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Provisioned size (what the VM sees)</source>
        <translation>割り当てサイズ (VM から見えるサイズ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual size (space taken on the storage)</source>
        <translation>実サイズ (ストレージ上で使用される容量)</translation>
    </message>
</context>
<context>
    <name>DiskDetailsPane</name>
    <message>
        <location filename="../app/diskdetailspane.cpp" line="+36"/>
        <source>Select a disk to see its storage domain, the virtual machines using it and its volume chain.</source>
        <translation>ディスクを選択すると、そのストレージドメイン、使用している仮想マシン、ボリュームチェーンが表示されます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Objects related to the disk</source>
        <translation>ディスクに関連するオブジェクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual Size</source>
        <translation>実サイズ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storage domain</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>アタッチ先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume chain (oldest first)</source>
        <translation>ボリュームチェーン (古い順)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disk details</source>
        <translation>ディスクの詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain Sizes</source>
        <translation>チェーンのサイズ</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size</source>
        <translation>仮想サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>実サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qcow2 compat</source>
        <translation>qcow2 compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct LUN</source>
        <translation>ダイレクト LUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shareable</source>
        <translation>共有可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe after delete</source>
        <translation>削除後にワイプ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to show the storage domain</source>
        <translation>ダブルクリックでストレージドメインを表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: a direct LUN lives on no storage domain.</source>
        <translation>なし: ダイレクト LUN はストレージドメイン上にはありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the attachments: %1</source>
        <translation>アタッチメントを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown without the attachments.</source>
        <translation>アタッチメントがないため不明です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click to show the virtual machine</source>
        <translation>ダブルクリックで仮想マシンを表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No virtual machine uses this disk.</source>
        <translation>このディスクを使用している仮想マシンはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+2"/>
        <source>Active volume</source>
        <translation>アクティブボリューム</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Could not read the snapshots: %1</source>
        <translation>スナップショットを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Volume %1</source>
        <translation>ボリューム %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>DiskInventoryModel</name>
    <message>
        <location filename="../models/diskinventorymodel.cpp" line="+86"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (active volume only)</source>
        <translation> (アクティブボリュームのみ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes: 1 volume to 1.1</source>
        <translation>はい: 1 個のボリュームを 1.1 へ</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Yes: %n volumes to 1.1</source>
        <translation>
            <numerusform>はい: %n 個のボリュームを 1.1 へ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active volume</source>
        <translation>アクティブボリューム</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage domain</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compat</source>
        <translation>互換レベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes (oldest first)</source>
        <translation>ボリューム (古い順)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend to 1.1</source>
        <translation>1.1 へ修正</translation>
    </message>
</context>
<context>
    <name>DiskListModel</name>
    <message>
        <location filename="../models/disklistmodel.cpp" line="+44"/>
        <source>Direct LUN</source>
        <translation>ダイレクト LUN</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The size the virtual machine sees</source>
        <translation>仮想マシンから見えるサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space the disk takes on its storage, snapshots included</source>
        <translation>ディスクがストレージ上で使用している容量 (スナップショットを含む)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Size</source>
        <translation>仮想サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>実サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QCOW2 Compat</source>
        <translation>QCOW2 Compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage Domain</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>DiskUsage</name>
    <message>
        <location filename="../models/diskusage.cpp" line="+18"/>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-write</source>
        <translation>読み書き</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DiskUsageDialog</name>
    <message>
        <location filename="../dialogs/diskusagedialog.cpp" line="+31"/>
        <source>Used by — %1</source>
        <translation>使用元 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual machines using the disk</source>
        <translation>ディスクを使用している仮想マシン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plugged</source>
        <translation>プラグ済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not read who uses %1: %2</source>
        <translation>%1 の使用元を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-write</source>
        <translation>読み書き</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not attached to any virtual machine.</source>
        <translation>%1 はどの仮想マシンにもアタッチされていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is attached to %n virtual machine(s): read-only on %2, read-write on %3.</source>
        <translation>
            <numerusform>%1 は %n 台の仮想マシンにアタッチされています (読み取り専用: %2 台、読み書き: %3 台)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <location filename="../app/diskspage.cpp" line="+36"/>
        <source>Filter disks</source>
        <translation>ディスクのフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by disk, VM or storage domain</source>
        <translation>ディスク、VM、ストレージドメインでフィルター</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage domain</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All storage domains</source>
        <translation>すべてのストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendable only</source>
        <translation>修正可能のみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only disks that can be amended to compat 1.1</source>
        <translation>compat 1.1 に修正できるディスクのみを表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amend…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend the selected disks</source>
        <translation>選択したディスクを修正します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend VM&apos;s Disks…</source>
        <translation>VM のディスクを修正…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend all disks of the current disk&apos;s VM</source>
        <translation>現在のディスクの VM のすべてのディスクを修正します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend Domain&apos;s Disks…</source>
        <translation>ドメインのディスクを修正…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend all amendable disks of the storage domain</source>
        <translation>ストレージドメインの修正可能なすべてのディスクを修正します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+152"/>
        <source>Volumes of the selected disk</source>
        <translation>選択したディスクのボリューム</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Volumes of the selected disk, per snapshot</source>
        <translation>選択したディスクのボリューム (スナップショットごと)</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%1 of %n disks shown, %2 amendable</source>
        <translation>
            <numerusform>%n 個中 %1 個のディスクを表示、%2 個が修正可能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>the %n selected disks</source>
        <translation>
            <numerusform>選択した %n 個のディスク</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Volumes of %1, oldest first (each snapshot froze one)</source>
        <translation>%1 のボリューム、古い順 (スナップショットごとに 1 つずつ固定)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes of %1: only the active volume is known (no VM, so no snapshot list)</source>
        <translation>%1 のボリューム: アクティブボリュームのみ判明しています (VM がないため、スナップショット一覧がありません)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the disks of %1</source>
        <translation>%1 のディスク</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the disks of storage domain %1</source>
        <translation>ストレージドメイン %1 のディスク</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../models/displaytext.cpp" line="+8"/>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering Up</source>
        <translation>起動中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating</source>
        <translation>移行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Responding</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for Launch</source>
        <translation>起動待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot In Progress</source>
        <translation>再起動中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving State</source>
        <translation>状態を保存中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring State</source>
        <translation>状態を復元中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>サスペンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Locked</source>
        <translation>イメージがロック中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering Down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+50"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <location line="+38"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Illegal</source>
        <translation>不正</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QCOW2</source>
        <translation>QCOW2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtIO-SCSI</source>
        <translation>VirtIO-SCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtIO</source>
        <translation>VirtIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sPAPR VSCSI</source>
        <translation>sPAPR VSCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thin</source>
        <translation>シン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preallocated</source>
        <translation>事前割り当て</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In Preview</source>
        <translation>プレビュー中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular</source>
        <translation>通常</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Stateless</source>
        <translation>ステートレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Managed Block Storage</source>
        <translation>管理対象ブロックストレージ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unattached</source>
        <translation>未アタッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activating</source>
        <translation>アクティブ化中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaching</source>
        <translation>デタッチ中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing For Maintenance</source>
        <translation>メンテナンスの準備中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NFS</source>
        <translation>NFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iSCSI</source>
        <translation>iSCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fibre Channel</source>
        <translation>ファイバーチャネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local on Host</source>
        <translation>ホスト上のローカル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSIX compliant FS</source>
        <translation>POSIX 準拠 FS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GlusterFS</source>
        <translation>GlusterFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance</source>
        <translation>Glance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cinder</source>
        <translation>Cinder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../models/eventlistmodel.cpp" line="+72"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../app/eventspane.cpp" line="+31"/>
        <source>Lowest severity shown</source>
        <translation>表示する最低の重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and alerts</source>
        <translation>エラーとアラート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter events by message</source>
        <translation>メッセージでイベントをフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter messages</source>
        <translation>メッセージのフィルター</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Could not read the events: %1
DiskDesk tries again every %n seconds.</source>
        <translation>
            <numerusform>イベントを読み取れませんでした: %1
DiskDesk は %n 秒ごとに再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the events…</source>
        <translation>イベントを読み取っています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event matches the filter. Choose “All events” or clear the filter.</source>
        <translation>フィルターに一致するイベントはありません。「すべてのイベント」を選択するか、フィルターをクリアしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manager has no events yet. New ones appear here as they happen.</source>
        <translation>Manager にはまだイベントがありません。新しいイベントは発生するとここに表示されます。</translation>
    </message>
</context>
<context>
    <name>ImageTransferJob</name>
    <message>
        <location filename="../api/imagetransferjob.cpp" line="+32"/>
        <source>Upload of %1 as %2</source>
        <translation>%1 を %2 としてアップロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download of disk %1 to %2</source>
        <translation>ディスク %1 を %2 にダウンロード</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected to a manager.</source>
        <translation>Manager に接続されていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating disk %1</source>
        <translation>ディスク %1 を作成しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manager did not create the disk: %1</source>
        <translation>Manager はディスクを作成しませんでした: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <location line="+64"/>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Disk %1 is illegal.</source>
        <translation>ディスク %1 は不正な状態です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk stayed locked too long.</source>
        <translation>ディスクのロックが長時間解除されませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting the image transfer</source>
        <translation>イメージ転送を開始しています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manager did not start the transfer: %1</source>
        <translation>Manager は転送を開始しませんでした: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The manager could not prepare the transfer (phase %1).</source>
        <translation>Manager は転送を準備できませんでした (フェーズ %1)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manager did not prepare the transfer in time.</source>
        <translation>Manager は時間内に転送を準備しませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the manager to prepare the transfer</source>
        <translation>Manager が転送を準備するのを待機しています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending data</source>
        <translation>データを送信しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving data</source>
        <translation>データを受信しています</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalizing: the manager checks the image</source>
        <translation>完了処理中: Manager がイメージを確認しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manager did not finalize the transfer: %1</source>
        <translation>Manager は転送の完了処理を行いませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manager removed the disk after the transfer.</source>
        <translation>Manager は転送後にディスクを削除しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The partial disk was removed.</source>
        <translation>%1 部分的に転送されたディスクは削除されました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager did not accept the image: disk %1 is illegal.</source>
        <translation>Manager はイメージを受け付けませんでした: ディスク %1 は不正な状態です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploaded %1 as disk %2.</source>
        <translation>%1 をディスク %2 としてアップロードしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded disk %1 to %2.</source>
        <translation>ディスク %1 を %2 にダウンロードしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk stayed locked after the transfer.</source>
        <translation>転送後もディスクがロックされたままです。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling the transfer at the manager</source>
        <translation>Manager で転送をキャンセルしています</translation>
    </message>
</context>
<context>
    <name>ImageTransferWorker</name>
    <message>
        <location filename="../api/imagetransferworker.cpp" line="+142"/>
        <source>The transfer was cancelled.</source>
        <translation>転送はキャンセルされました。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+45"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The image server&apos;s extents could not be read.</source>
        <translation>イメージサーバーのエクステントを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server cannot tell the image&apos;s size (no extents), and it is not known otherwise.</source>
        <translation>イメージサーバーがイメージのサイズを返しません (エクステントなし)。ほかの方法でもサイズは不明です。</translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message>
        <location filename="../models/inventorytreemodel.cpp" line="+28"/>
        <location line="+27"/>
        <source>Inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Centers</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data center, compatibility version %1</source>
        <translation>データセンター、互換バージョン %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other clusters</source>
        <translation>その他のクラスター</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster, compatibility version %1</source>
        <translation>クラスター、互換バージョン %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Virtual machines of no known cluster</source>
        <translation>クラスター不明の仮想マシン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage Domains</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disks on no storage domain</source>
        <translation>ストレージドメイン外のディスク</translation>
    </message>
</context>
<context>
    <name>LocalImageInfo</name>
    <message>
        <location filename="../api/localimageinfo.cpp" line="+25"/>
        <source>qemu-img could not be run: %1</source>
        <translation>qemu-img を実行できませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a disk image qemu-img can read: %2</source>
        <translation>%1 は qemu-img で読み取れるディスクイメージではありません: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>qemu-img did not report the format and size of %1.</source>
        <translation>qemu-img は %1 の形式とサイズを報告しませんでした。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+140"/>
        <source>DiskDesk</source>
        <translation>DiskDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual Machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <location line="+22"/>
        <location line="+453"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location line="-854"/>
        <source>Storage Domains</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1510"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="-1505"/>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not load the virtual machines</source>
        <translation>仮想マシンを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Loading… %n virtual machines</source>
        <translation>
            <numerusform>読み込み中… %n 台の仮想マシン</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Copy &amp;Name</source>
        <translation>名前をコピー(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;ID</source>
        <translation>ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Table to CSV…</source>
        <translation>テーブルを CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;olumns…</source>
        <translation>列(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Auto-Refresh Every 30 Seconds</source>
        <translation>30 秒ごとに自動更新(&amp;A)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show &amp;Storage Domain</source>
        <translation>ストレージドメインを表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+15"/>
        <source>Copied the ID %1.</source>
        <translation>ID %1 をコピーしました。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Copied “%1”.</source>
        <translation>「%1」をコピーしました。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No disks are attached to this virtual machine.</source>
        <translation>この仮想マシンにはディスクがアタッチされていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Virtual machine details</source>
        <translation>仮想マシンの詳細</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1385"/>
        <source>Select a virtual machine to see its disks and snapshots.</source>
        <translation>仮想マシンを選択すると、そのディスクとスナップショットが表示されます。</translation>
    </message>
    <message>
        <location line="-1325"/>
        <source>Snapshot actions</source>
        <translation>スナップショットの操作</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Create…</source>
        <translation>作成(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustom Preview…</source>
        <translation>カスタムプレビュー(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mmit…</source>
        <translation>コミット(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Select a virtual machine.</source>
        <translation>仮想マシンを選択してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+812"/>
        <source>%1: started.</source>
        <translation>%1: 開始しました。</translation>
    </message>
    <message>
        <location line="-786"/>
        <location line="+81"/>
        <source>The disks of this snapshot are still loading.</source>
        <translation>このスナップショットのディスクはまだ読み込み中です。</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Preview snapshot “%1” of %2</source>
        <translation>%2 のスナップショット「%1」をプレビュー</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custom preview of %1</source>
        <translation>%1 のカスタムプレビュー</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commit snapshot “%1” of %2</source>
        <translation>%2 のスナップショット「%1」をコミット</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the snapshot preview of %1</source>
        <translation>%1 のスナップショットプレビューを元に戻す</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore snapshot “%1” of %2</source>
        <translation>%2 のスナップショット「%1」を復元</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Snapshot</source>
        <translation>スナップショットの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete a snapshot from %1 with description &apos;%2&apos;?</source>
        <translation>%1 の説明が &apos;%2&apos; のスナップショットを削除してもよろしいですか?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete snapshot “%1” of %2</source>
        <translation>%2 のスナップショット「%1」を削除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storage domains</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disks of the storage domain</source>
        <translation>ストレージドメインのディスク</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a disk to show it in the Disks tab.</source>
        <translation>ディスクをダブルクリックすると「ディスク」タブに表示されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Storage domain details</source>
        <translation>ストレージドメインの詳細</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All disks</source>
        <translation>すべてのディスク</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inventory tree</source>
        <translation>インベントリツリー</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the previous selection (Alt+Left)</source>
        <translation>前の選択に戻ります (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to the next selection (Alt+Right)</source>
        <translation>次の選択に進みます (Alt+Right)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navigation and Search</source>
        <translation>ナビゲーションと検索</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Typing filters the rows already loaded. Enter searches the manager with its search language, e.g. name=web* and status=up. Esc clears the search (Ctrl+F comes here).</source>
        <translation>入力すると、読み込み済みの行がフィルターされます。Enter キーを押すと、Manager の検索言語で検索します (例: name=web* and status=up)。Esc キーで検索をクリアします (Ctrl+F でここに移動します)。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clear Search</source>
        <translation>検索のクリア</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved searches</source>
        <translation>保存済み検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved Searches</source>
        <translation>保存済み検索</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vms:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disks:</source>
        <translation>ディスク:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage:</source>
        <translation>ストレージ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name=web* and status=up</source>
        <translation>name=web* and status=up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alias=data* and status=ok</source>
        <translation>alias=data* and status=ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter storage domains by name</source>
        <translation>名前でストレージドメインをフィルター</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Save Current Search…</source>
        <translation>現在の検索を保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a virtual machine search first, e.g. name=web* and status=up.</source>
        <translation>先に仮想マシンの検索を入力してください (例: name=web* and status=up)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Search</source>
        <translation>検索の保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the search:</source>
        <translation>検索の名前:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>That virtual machine is not in the list (any more). Press F5 to read it again.</source>
        <translation>その仮想マシンは (もう) 一覧にありません。F5 キーを押して再度読み込んでください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That disk is not in the list (any more). Press F5 to read it again.</source>
        <translation>そのディスクは (もう) 一覧にありません。F5 キーを押して再度読み込んでください。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data center %1</source>
        <translation>データセンター %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Virtual machines of %1. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>%1 の仮想マシン。&lt;a href=&quot;all&quot;&gt;すべて表示&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Disks and qcow2 Compat Levels…</source>
        <translation>ディスクと qcow2 互換レベル(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;Centers and Clusters…</source>
        <translation>データセンターとクラスター(&amp;C)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not read the engine&apos;s version</source>
        <translation>Engine のバージョンを読み取れませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not load the storage domains</source>
        <translation>ストレージドメインを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>Could not load the disks</source>
        <translation>ディスクを読み込めませんでした</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Could not load the data centers</source>
        <translation>データセンターを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load the clusters</source>
        <translation>クラスターを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not load the snapshots</source>
        <translation>スナップショットを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not load the disks of a snapshot</source>
        <translation>スナップショットのディスクを読み込めませんでした</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read everything from the manager again (F5)</source>
        <translation>マネージャーからすべてを再読み込み (F5)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not refresh from the manager: %1
The lists show what was last loaded. Press F5 to try again.</source>
        <translation>マネージャーから更新できませんでした: %1
一覧には最後に読み込んだ内容が表示されています。F5 キーで再試行してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load the disks: %1
Press F5 to try again.</source>
        <translation>ディスクを読み込めませんでした: %1
F5 キーを押して再試行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the disks…</source>
        <translation>ディスクを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No disk matches “%1”. Change the search, or press Esc in the search field to see all disks.</source>
        <translation>「%1」に一致するディスクはありません。検索を変更するか、検索フィールドで Esc キーを押してすべてのディスクを表示してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no disks on this manager yet. Add one to a virtual machine (Virtual Machines tab, Disks, New…).</source>
        <translation>この Manager にはまだディスクがありません。仮想マシンにディスクを追加してください (「仮想マシン」タブ、「ディスク」、「新規作成…」)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the storage domains: %1
Press F5 to try again.</source>
        <translation>ストレージドメインを読み込めませんでした: %1
F5 キーを押して再試行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the storage domains…</source>
        <translation>ストレージドメインを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No storage domain name contains “%1”. Press Esc in the search field to see all.</source>
        <translation>名前に「%1」を含むストレージドメインはありません。検索フィールドで Esc キーを押すとすべて表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This manager has no storage domains yet. Add one in the administration portal (Storage, Domains, New Domain).</source>
        <translation>この Manager にはまだストレージドメインがありません。管理ポータルで追加してください (「ストレージ」、「ドメイン」、「新規ドメイン」)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the virtual machines: %1
Press F5 to try again.</source>
        <translation>仮想マシンを読み込めませんでした: %1
F5 キーを押して再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the virtual machines…</source>
        <translation>仮想マシンを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No virtual machine matches “%1”. Change the search, or press Esc in the search field to see all virtual machines.</source>
        <translation>「%1」に一致する仮想マシンはありません。検索を変更するか、検索フィールドで Esc キーを押してすべての仮想マシンを表示してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no virtual machines here. Click “Show all” above the list.</source>
        <translation>ここには仮想マシンがありません。一覧の上にある「すべて表示」をクリックしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no virtual machines on this manager yet. Create them in the administration portal; they appear here on the next refresh (F5).</source>
        <translation>この Manager にはまだ仮想マシンがありません。管理ポータルで作成してください。次回の更新 (F5) 時にここに表示されます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <location filename="../api/networkerrortext.cpp" line="+21"/>
        <source>Cannot reach the manager at %1: the connection was refused. Is the engine running, and is the address and port right?</source>
        <translation>%1 の Manager に接続できません: 接続が拒否されました。Engine は動作していますか? アドレスとポートは正しいですか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the manager: the host name %1 is unknown.</source>
        <translation>Manager に接続できません: ホスト名 %1 が不明です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the manager at %1: no answer in time.</source>
        <translation>%1 の Manager に接続できません: 時間内に応答がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manager at %1 closed the connection before answering.</source>
        <translation>%1 の Manager が応答前に接続を閉じました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the manager at %1: the network is not available.</source>
        <translation>%1 の Manager に接続できません: ネットワークが利用できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reach the manager at %1 through the proxy.</source>
        <translation>プロキシ経由で %1 の Manager に接続できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the manager at %1.</source>
        <translation>%1 の Manager に接続できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>NewDiskDialog</name>
    <message>
        <location filename="../dialogs/newdiskdialog.cpp" line="+79"/>
        <source>New Virtual Disk</source>
        <translation>新しい仮想ディスク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>イメージ(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image disk</source>
        <translation>イメージディスク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Direct LUN</source>
        <translation>ダイレクト LUN(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct LUN disk</source>
        <translation>ダイレクト LUN ディスク</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bootable</source>
        <translation>ブート可能(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootable</source>
        <translation>ブート可能</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shareable</source>
        <translation>共有可能(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shareable</source>
        <translation>共有可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctivate Disk</source>
        <translation>ディスクをアクティブ化(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate Disk</source>
        <translation>ディスクをアクティブ化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Alias:</source>
        <translation>エイリアス(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterface:</source>
        <translation>インターフェース(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read-only:</source>
        <translation>読み取り専用(&amp;R):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Size (GiB)</source>
        <translation>サイズ (GiB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage Domain</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (空き %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allocation Policy</source>
        <translation>割り当てポリシー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Si&amp;ze (GiB):</source>
        <translation>サイズ (GiB)(&amp;Z):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torage Domain:</source>
        <translation>ストレージドメイン(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llocation Policy:</source>
        <translation>割り当てポリシー(&amp;L):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover Targets</source>
        <translation>ターゲットの検出</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>User Authentication</source>
        <translation>ユーザー認証</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CHAP username</source>
        <translation>CHAP ユーザー名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CHAP password</source>
        <translation>CHAP パスワード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CHAP &amp;username:</source>
        <translation>CHAP ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAP pass&amp;word:</source>
        <translation>CHAP パスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disco&amp;ver</source>
        <translation>検出(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover</source>
        <translation>検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add&amp;ress:</source>
        <translation>アドレス(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target Name</source>
        <translation>ターゲット名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+301"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Login &amp;All</source>
        <translation>すべてログイン(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login All</source>
        <translation>すべてログイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LUNs</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUN ID</source>
        <translation>LUN ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev. Size</source>
        <translation>デバイスサイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor ID</source>
        <translation>ベンダー ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>製品 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#path</source>
        <translation>パス数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>保護</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by</source>
        <translation>使用元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show LUNs &amp;used by virtual machines (to attach that disk here too)</source>
        <translation>仮想マシンで使用中の LUN も表示 (そのディスクをここにもアタッチする場合)(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show LUNs used by virtual machines</source>
        <translation>仮想マシンで使用中の LUN も表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Discovering targets…</source>
        <translation>ターゲットを検出しています…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No new devices were found. This may be due to either: incorrect multipath configuration on the Host or wrong address of the iscsi target or a failure to authenticate on the target device. Please consult your Storage Administrator.</source>
        <translation>新しいデバイスは見つかりませんでした。原因として、ホストのマルチパス設定の誤り、iSCSI ターゲットのアドレスの誤り、またはターゲットデバイスでの認証の失敗が考えられます。ストレージ管理者にお問い合わせください。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n target(s) found. Log in to see their LUNs.</source>
        <translation>
            <numerusform>%n 個のターゲットが見つかりました。ログインすると LUN が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logging in to %1…</source>
        <translation>%1 にログインしています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login to %1 failed: %2</source>
        <translation>%1 へのログインに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading... A large number of LUNs may slow down the operation</source>
        <translation>読み込み中... LUN の数が多いと処理が遅くなることがあります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not retrieve LUNs, please check your storage. (%1)</source>
        <translation>LUN を取得できませんでした。ストレージを確認してください。(%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The host sees %n LUN(s).</source>
        <translation>
            <numerusform>ホストから %n 個の LUN が見えています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logged in</source>
        <translation>ログイン済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login to %1</source>
        <translation>%1 にログイン</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write-protected</source>
        <translation>書き込み禁止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk %1 (not attached)</source>
        <translation>ディスク %1 (アタッチされていません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk %1: %2</source>
        <translation>ディスク %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LUN is not usable</source>
        <translation>LUN は使用できません</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter an alias for the new disk.</source>
        <translation>新しいディスクのエイリアスを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alias can contain only letters, numbers, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; characters.</source>
        <translation>エイリアスに使用できるのは英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; のみです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot add Virtual Disk. Low disk space on Storage Domain %1.</source>
        <translation>仮想ディスクを追加できません。ストレージドメイン %1 のディスク容量が不足しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Choose a host that is Up: it discovers the targets and sees the LUNs.</source>
        <translation>ステータスが稼働中 (Up) のホストを選択してください。そのホストがターゲットを検出し、LUN を参照します。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No LUNs selected. Please select LUNs.</source>
        <translation>LUN が選択されていません。LUN を選択してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the address of the iSCSI target (a host name or an IP address).</source>
        <translation>iSCSI ターゲットのアドレス (ホスト名または IP アドレス) を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>「%1」はホスト名でも IP アドレスでもありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the target&apos;s port, 1–65535 (iSCSI uses 3260).</source>
        <translation>ターゲットのポート (1–65535) を入力してください (iSCSI は 3260 を使用します)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the CHAP user name and password, or turn User Authentication off.</source>
        <translation>CHAP のユーザー名とパスワードを入力するか、ユーザー認証をオフにしてください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic: the LUN is write-protected, so the disk will be attached read-only.</source>
        <translation>自動: LUN が書き込み禁止のため、ディスクは読み取り専用でアタッチされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: read-write; read-only instead if the storage turns out write-protected.</source>
        <translation>自動: 読み書き。ストレージが書き込み禁止の場合は、代わりに読み取り専用になります。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attaches the existing disk %1 to %2%3.</source>
        <translation>既存のディスク %1 を %2 にアタッチします%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and hot plugs it</source>
        <translation> (ホットプラグも行います)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates %1 and attaches it to %2%3.</source>
        <translation>%1 を作成して %2 にアタッチします%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (hot plugged: the VM runs)</source>
        <translation> (VM が実行中のためホットプラグされます)</translation>
    </message>
</context>
<context>
    <name>OperationTracker</name>
    <message>
        <location filename="../api/attachoperations.cpp" line="+24"/>
        <location filename="../api/diskamend.cpp" line="+41"/>
        <location filename="../api/operationtracker.cpp" line="+34"/>
        <source>Waiting for the manager to answer (%1)</source>
        <translation>Manager の応答を待っています (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../api/operationtracker.cpp" line="+22"/>
        <source>Disk %1 is illegal.</source>
        <translation>ディスク %1 は不正な状態です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <location filename="../api/operationtracker.cpp" line="+6"/>
        <source>Disk %1 is locked</source>
        <translation>ディスク %1 はロックされています</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>The storage is write-protected, so the disk was attached read-only instead (automatic mode); the manager refused read-write: %1</source>
        <translation>ストレージが書き込み禁止のため、ディスクは代わりに読み取り専用でアタッチされました (自動モード)。Manager は読み書きを拒否しました: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The storage is write-protected, so the disk was attached read-only (automatic mode).</source>
        <translation>ストレージが書き込み禁止のため、ディスクは読み取り専用でアタッチされました (自動モード)。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+40"/>
        <location filename="../api/operationtracker.cpp" line="+44"/>
        <source>Waiting for the manager&apos;s answer</source>
        <translation>Manager の応答を待っています</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The disk is not attached yet</source>
        <translation>ディスクはまだアタッチされていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is being plugged</source>
        <translation>ディスクをプラグしています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The disk is being unplugged</source>
        <translation>ディスクをアンプラグしています</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is still attached</source>
        <translation>ディスクはまだアタッチされています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new disk no longer exists: its creation failed.</source>
        <translation>新しいディスクが存在しません。作成に失敗しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The disk still exists</source>
        <translation>ディスクはまだ存在します</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach disk</source>
        <translation>ディスクのアタッチ</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>Add disk</source>
        <translation>ディスクの追加</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit disk</source>
        <translation>ディスクの編集</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Detach disk</source>
        <translation>ディスクのデタッチ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Remove disk</source>
        <translation>ディスクの削除</translation>
    </message>
    <message>
        <location filename="../api/diskamend.cpp" line="-5"/>
        <source>The disk no longer exists.</source>
        <translation>ディスクはもう存在しません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amending the volumes of %1</source>
        <translation>%1 のボリュームを修正しています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk %1 is illegal.</source>
        <translation>ディスク %1 は不正な状態です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the manager to accept the amend</source>
        <translation>Manager が修正を受け付けるのを待っています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager left %1 at compat %2.</source>
        <translation>Manager は %1 を compat %2 のままにしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is at compat %2</source>
        <translation>%1 は compat %2 です</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amend %1 to qcow2 compat %2</source>
        <translation>%1 を qcow2 compat %2 に修正</translation>
    </message>
    <message>
        <location filename="../api/operationtracker.cpp" line="-57"/>
        <location line="+63"/>
        <location line="+25"/>
        <location line="+21"/>
        <source>The virtual machine no longer exists.</source>
        <translation>仮想マシンはもう存在しません。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Snapshot “%1” is %2</source>
        <translation>スナップショット「%1」の状態: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The new snapshot no longer exists: its creation failed.</source>
        <translation>新しいスナップショットが存在しません。作成に失敗しました。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The virtual machine&apos;s images are locked</source>
        <translation>仮想マシンのイメージがロックされています</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No end of “%1” was seen within %2 minutes. Look for correlation id %3 in the manager&apos;s events.</source>
        <translation>「%1」の終了が %2 分以内に確認できませんでした。Manager のイベントで相関 ID %3 を検索してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The manager&apos;s answer was lost (%1); following the operation by its correlation id</source>
        <translation>Manager の応答が失われました (%1)。相関 ID で操作を追跡しています</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The manager&apos;s job “%1” failed.</source>
        <translation>Manager のジョブ「%1」が失敗しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: done.</source>
        <translation>%1: 完了しました。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Create snapshot “%1”</source>
        <translation>スナップショット「%1」の作成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Custom preview of a snapshot</source>
        <translation>スナップショットのカスタムプレビュー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview snapshot</source>
        <translation>スナップショットのプレビュー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Commit snapshot preview</source>
        <translation>スナップショットプレビューのコミット</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo snapshot preview</source>
        <translation>スナップショットプレビューを元に戻す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore snapshot</source>
        <translation>スナップショットの復元</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete snapshot</source>
        <translation>スナップショットの削除</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../models/passwordstore.cpp" line="+86"/>
        <source>No keychain service is available (%1), so DiskDesk cannot remember passwords and asks for them each time.</source>
        <translation>キーチェーンサービスを利用できないため (%1)、DiskDesk はパスワードを保存できず、毎回入力を求めます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain refused: %1</source>
        <translation>キーチェーンが拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs/preferencesdialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System (%1)</source>
        <translation>システム (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The language applies when DiskDesk starts.</source>
        <translation>言語は DiskDesk の起動時に適用されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time DiskDesk starts.</source>
        <translation>新しい言語は次回 DiskDesk を起動したときに適用されます。</translation>
    </message>
</context>
<context>
    <name>PreviewSnapshotDialog</name>
    <message>
        <location filename="../dialogs/previewsnapshotdialog.cpp" line="+49"/>
        <source>Preview Partial Snapshot</source>
        <translation>部分スナップショットのプレビュー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview Snapshot</source>
        <translation>スナップショットのプレビュー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot &apos;%1&apos; from %2.</source>
        <translation>%2 のスナップショット「%1」。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partial snapshot</source>
        <translation>部分スナップショット</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The VM contains %n disk(s): %1.</source>
        <translation>
            <numerusform>VM には %n 個のディスクがあります: %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose to preview a snapshot that contains only a subset of these disks.</source>
        <translation>プレビュー対象として選択したスナップショットには、これらのディスクの一部しか含まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The snapshot contains no disks.)</source>
        <translation>(スナップショットにディスクは含まれていません。)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(The snapshot contains %n disk(s): %1.)</source>
        <translation>
            <numerusform>(スナップショットには %n 個のディスクが含まれています: %1。)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to do?</source>
        <translation>どの操作を行いますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include in the previewed VM all disks (keep the disks that are not included in the snapshot as-is)</source>
        <translation>プレビューする VM にすべてのディスクを含める (スナップショットに含まれていないディスクは現状のまま)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include all disks</source>
        <translation>すべてのディスクを含める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include in the previewed VM only the disks that are included in the snapshot</source>
        <translation>プレビューする VM にスナップショットに含まれるディスクのみを含める</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include only the snapshot&apos;s disks</source>
        <translation>スナップショットのディスクのみを含める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the above, take me to the &apos;Custom Preview Snapshot&apos; dialog</source>
        <translation>上記以外 (「カスタムプレビュースナップショット」ダイアログを開く)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom preview</source>
        <translation>カスタムプレビュー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore &amp;Memory</source>
        <translation>メモリーを復元(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Memory</source>
        <translation>メモリーを復元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected snapshot to be previewed contains memory.</source>
        <translation>プレビューするスナップショットにはメモリーが含まれています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+80"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose what to do with the disks the snapshot does not contain.</source>
        <translation>スナップショットに含まれていないディスクの扱いを選択してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Custom Preview…</source>
        <translation>カスタムプレビュー…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 will be previewed as they are now.</source>
        <translation>%1 は現在の状態のままプレビューされます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 will be left out of the preview, and deleted if the preview is committed.</source>
        <translation>%1 はプレビューから除外され、プレビューをコミットすると削除されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All disks of the VM are previewed from this snapshot.</source>
        <translation>VM のすべてのディスクがこのスナップショットからプレビューされます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the configuration, memory and each disk in the Custom Preview Snapshot dialog.</source>
        <translation>「カスタムプレビュースナップショット」ダイアログで、構成、メモリー、各ディスクを選択してください。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../dialogs/profiledialog.cpp" line="+45"/>
        <source>Connection Profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved profiles</source>
        <translation>保存済みプロファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>プロファイルを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate profile</source>
        <translation>プロファイルを複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as De&amp;fault</source>
        <translation>デフォルトに設定(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set as default profile</source>
        <translation>デフォルトのプロファイルに設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine address</source>
        <translation>Engine のアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine.example.com</source>
        <translation>engine.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted CA</source>
        <translation>信頼済み CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose CA &amp;File…</source>
        <translation>CA ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose CA file</source>
        <translation>CA ファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget CA</source>
        <translation>CA を破棄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget trusted CA</source>
        <translation>信頼済み CA を破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>システムのキーチェーンにパスワードを保存(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember password</source>
        <translation>パスワードを保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine:</source>
        <translation>Engine(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted CA:</source>
        <translation>信頼済み CA:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the Manager&apos;s CA Certificate</source>
        <translation>Manager の CA 証明書の選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+10"/>
        <source>%1 (default)</source>
        <translation>%1 (デフォルト)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every profile needs a name.</source>
        <translation>すべてのプロファイルに名前が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two profiles are named “%1”; names must differ.</source>
        <translation>「%1」という名前のプロファイルが 2 つあります。名前は重複できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the engine&apos;s host name or API address for “%1”.</source>
        <translation>「%1」の Engine のホスト名または API アドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine address of “%1” must be a host name or an http(s) URL.</source>
        <translation>「%1」の Engine アドレスは、ホスト名または http(s) URL である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user of “%1” needs a profile, for example %2.</source>
        <translation>「%1」のユーザー名にはプロファイルが必要です (例: %2)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1
SHA-256 %2:
%3</source>
        <translation>%1
SHA-256 %2:
%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (plain HTTP: nothing is encrypted)</source>
        <translation>なし (プレーン HTTP: 何も暗号化されません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: fetched from the manager and shown for approval on the first connection</source>
        <translation>まだありません: 初回接続時に Manager から取得し、承認を求めて表示します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connects to %1 as %2.</source>
        <translation>%2 として %1 に接続します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profiles yet: add one.</source>
        <translation>プロファイルがまだありません。追加してください。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/profilestore.cpp" line="+132"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (コピー %2)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyModeSelector</name>
    <message>
        <location filename="../dialogs/readonlymodeselector.cpp" line="+6"/>
        <location line="+26"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Read-write</source>
        <translation>読み書き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The virtual machine may write to the disk.</source>
        <translation>仮想マシンはディスクに書き込めます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual machine may only read the disk.</source>
        <translation>仮想マシンはディスクの読み取りのみ可能です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-write; when the storage is write-protected, read-only instead (and the result says so).</source>
        <translation>読み書き。ストレージが書き込み禁止の場合は、代わりに読み取り専用になります (結果にその旨が表示されます)。</translation>
    </message>
</context>
<context>
    <name>ShortcutToolTips</name>
    <message>
        <location filename="../app/shortcuttooltips.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <location filename="../models/snapshotactions.cpp" line="+60"/>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revert to</source>
        <translation>復帰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1 Snapshot. %2</source>
        <translation>スナップショットを%1できません。%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is performing an operation on a Snapshot. Please wait for the operation to finish, and try again.</source>
        <translation>VM はスナップショットに対する操作を実行中です。操作が完了するまで待ってから、再試行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM is previewing a Snapshot.</source>
        <translation>VM はスナップショットをプレビュー中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is running as Stateless.</source>
        <translation>VM はステートレスで実行中です。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VM is locked. Please try again in a few minutes.</source>
        <translation>VM はロックされています。数分後に再試行してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a snapshot.</source>
        <translation>スナップショットを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The operation is only allowed for regular snapshots.</source>
        <translation>この操作は通常のスナップショットに対してのみ許可されています。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot preview Active VM snapshot.</source>
        <translation>Active VM のスナップショットはプレビューできません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VM %1 must be in status Down, Up or Paused.</source>
        <translation>VM %1 のステータスは停止、稼働中、一時停止のいずれかである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one of the VMs is not down.</source>
        <translation>少なくとも 1 つの VM が停止していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM is not previewing a Snapshot.</source>
        <translation>VM はスナップショットをプレビューしていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM %1 must be in status Down or Suspended.</source>
        <translation>VM %1 のステータスは停止またはサスペンドである必要があります。</translation>
    </message>
</context>
<context>
    <name>SnapshotDiskRules</name>
    <message>
        <location filename="../models/snapshotdiskrules.cpp" line="+31"/>
        <source>Direct LUN disk: will not be a part of the VM snapshot</source>
        <translation>ダイレクト LUN ディスク: VM のスナップショットには含まれません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared disk: will not be a part of the VM snapshot</source>
        <translation>共有ディスク: VM のスナップショットには含まれません</translation>
    </message>
</context>
<context>
    <name>SnapshotListModel</name>
    <message>
        <location filename="../models/snapshotlistmodel.cpp" line="+116"/>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This snapshot contains memory</source>
        <translation>このスナップショットにはメモリーが含まれています</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
</context>
<context>
    <name>SnapshotTimelinePlot</name>
    <message>
        <location filename="../app/snapshottimelineplot.cpp" line="+36"/>
        <source>Snapshot timeline</source>
        <translation>スナップショットのタイムライン</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot with memory</source>
        <translation>メモリー付きスナップショット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previewed</source>
        <translation>プレビュー中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active VM before the preview</source>
        <translation>プレビュー前の Active VM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active VM (now)</source>
        <translation>Active VM (現在)</translation>
    </message>
</context>
<context>
    <name>StorageCapacityPlot</name>
    <message>
        <location filename="../app/storagecapacityplot.cpp" line="+30"/>
        <source>Storage domain capacity</source>
        <translation>ストレージドメインの容量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space (GiB)</source>
        <translation>容量 (GiB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed to disks</source>
        <translation>ディスクに割り当て済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overcommitted (beyond capacity)</source>
        <translation>オーバーコミット (容量超過)</translation>
    </message>
</context>
<context>
    <name>StorageDomainListModel</name>
    <message>
        <location filename="../models/storagedomainlistmodel.cpp" line="+66"/>
        <source>Master storage domain of its data center</source>
        <translation>データセンターのマスターストレージドメイン</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Space used on the storage</source>
        <translation>ストレージの使用済み容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space still free on the storage</source>
        <translation>ストレージの残りの空き容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size promised to the disks on this domain</source>
        <translation>このドメイン上のディスクに割り当てられた仮想サイズ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain Type</source>
        <translation>ドメインタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage Type</source>
        <translation>ストレージタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../app/tabletools.cpp" line="+90"/>
        <source>Export to CSV</source>
        <translation>CSV にエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows exported to %1.</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../models/tasklistmodel.cpp" line="+19"/>
        <source>Waiting for the manager…</source>
        <translation>Manager を待っています…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../app/taskspane.cpp" line="+28"/>
        <source>Operations under way</source>
        <translation>実行中の操作</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No operations yet. Snapshot operations started here are followed until the manager reports their end.</source>
        <translation>操作はまだありません。ここで開始したスナップショット操作は、Manager が終了を報告するまで追跡されます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel Transfer</source>
        <translation>転送をキャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running image transfer</source>
        <translation>実行中のイメージ転送をキャンセル</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connection lost (%1); resuming, attempt %2</source>
        <translation>接続が切断されました (%1)。再開しています (試行 %2 回目)</translation>
    </message>
</context>
<context>
    <name>ThroughputPlot</name>
    <message>
        <location filename="../app/throughputplot.cpp" line="+8"/>
        <source>Transfer throughput</source>
        <translation>転送スループット</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../app/transferactions.cpp" line="+17"/>
        <source>&amp;Upload Image…</source>
        <translation>イメージのアップロード(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload a raw or qcow2 file from this computer as a new disk</source>
        <translation>このコンピューターの raw または qcow2 ファイルを新しいディスクとしてアップロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download Image…</source>
        <translation>イメージのダウンロード(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Save the selected disk&apos;s image to a file on this computer</source>
        <translation>選択したディスクのイメージをこのコンピューター上のファイルに保存</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upload Image</source>
        <translation>イメージのアップロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage domains could not be read: %1</source>
        <translation>ストレージドメインを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download Image</source>
        <translation>イメージのダウンロード</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Select an image disk to download first.</source>
        <translation>先にダウンロードするイメージディスクを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download Disk %1</source>
        <translation>ディスク %1 のダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2 image (*.qcow2);;Raw image (*.raw *.img);;All files (*)</source>
        <translation>qcow2 イメージ (*.qcow2);;raw イメージ (*.raw *.img);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <location filename="../models/transferrate.cpp" line="+36"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 left</source>
        <translation> · 残り %1</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <location filename="../dialogs/trustcertificatedialog.cpp" line="+45"/>
        <source>Trust the Manager&apos;s Certificate?</source>
        <translation>Manager の証明書を信頼しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this question</source>
        <translation>この確認が表示される理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust This CA</source>
        <translation>この CA を信頼(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this CA</source>
        <translation>この CA を信頼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do &amp;Not Trust</source>
        <translation>信頼しない(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not trust</source>
        <translation>信頼しない</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This computer already trusts the manager&apos;s certificate. Trusting this CA pins it: DiskDesk will refuse any other certificate for this connection.</source>
        <translation>このコンピューターは既に Manager の証明書を信頼しています。この CA を信頼すると CA が固定され、DiskDesk はこの接続で他の証明書をすべて拒否します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer does not trust the manager&apos;s certificate by itself (%1). Compare the fingerprint with the one on the engine (openssl x509 -in /etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256) before trusting it.</source>
        <translation>このコンピューターは Manager の証明書をそのままでは信頼していません (%1)。信頼する前に、フィンガープリントを Engine 上のもの (openssl x509 -in /etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256) と比較してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The manager at &lt;b&gt;%1&lt;/b&gt; sent this CA certificate. DiskDesk trusts it for this connection only if you accept it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の Manager がこの CA 証明書を送信しました。承認した場合にのみ、DiskDesk はこの接続でこの証明書を信頼します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (自己署名)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1 until %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
</context>
<context>
    <name>TrustPolicy</name>
    <message>
        <location filename="../api/trustpolicy.cpp" line="+60"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>ファイル %1 に証明書 (PEM または DER) が含まれていません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The manager&apos;s certificate changed: %1 no longer presents a certificate signed by the CA trusted for this connection (SHA-256 %2).</source>
        <translation>Manager の証明書が変更されました: %1 は、この接続で信頼されている CA (SHA-256 %2) によって署名された証明書を提示しなくなりました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It now presents a certificate issued by “%1”.</source>
        <translation>現在は「%1」が発行した証明書を提示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the manager&apos;s CA was replaced on purpose, check the new CA and trust it again; otherwise someone may be intercepting the connection.</source>
        <translation>Manager の CA が意図的に置き換えられた場合は、新しい CA を確認して再度信頼してください。そうでない場合は、接続が傍受されている可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is not signed by a CA this computer trusts. Trust the manager&apos;s own CA (DiskDesk can fetch it from the manager and show its fingerprint) or choose its CA file.</source>
        <translation>%1 の証明書は、このコンピューターが信頼する CA によって署名されていません。Manager 自身の CA を信頼する (DiskDesk は Manager から CA を取得してフィンガープリントを表示できます) か、CA ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The manager&apos;s certificate is issued for %1, not for %2. Connect with a name the certificate names.</source>
        <translation>Manager の証明書は %2 ではなく %1 に対して発行されています。証明書に記載されている名前で接続してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 expired on %2.</source>
        <translation>%1 の証明書は %2 に有効期限が切れました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is not valid before %2; check this computer&apos;s clock.</source>
        <translation>%1 の証明書は %2 より前は有効ではありません。このコンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 へのセキュア接続に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>UpgradeVersionDialog</name>
    <message>
        <location filename="../dialogs/upgradeversiondialog.cpp" line="+66"/>
        <source>The manager offers no version above %1 for this data center.</source>
        <translation>Manager は、このデータセンターに対して %1 より新しいバージョンを提供していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot update Data Center compatibility version to a value that is greater than its cluster&apos;s version. The following clusters should be upgraded: %1.</source>
        <translation>データセンターの互換バージョンを、そのクラスターのバージョンより大きい値に更新することはできません。次のクラスターをアップグレードする必要があります: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade Data Center %1</source>
        <translation>データセンター %1 のアップグレード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data center &lt;b&gt;%1&lt;/b&gt; is at compatibility version %2 (storage format %3).</source>
        <translation>データセンター &lt;b&gt;%1&lt;/b&gt; の互換バージョンは %2 です (ストレージ形式 %3)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cluster %1 is already at the highest compatibility version DiskDesk knows (%2).</source>
        <translation>クラスター %1 は既に DiskDesk が認識している最高の互換バージョン (%2) です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Cluster %1</source>
        <translation>クラスター %1 のアップグレード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; is at compatibility version %2.</source>
        <translation>クラスター &lt;b&gt;%1&lt;/b&gt; の互換バージョンは %2 です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New compatibility version</source>
        <translation>新しい互換バージョン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none available</source>
        <translation>利用可能なバージョンなし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand that a compatibility version is not lowered again</source>
        <translation>互換バージョンは再び下げられないことを理解しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the upgrade</source>
        <translation>アップグレードの確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>アップグレード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New version:</source>
        <translation>新しいバージョン:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the new version.</source>
        <translation>新しいバージョンを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the upgrade to enable Upgrade.</source>
        <translation>アップグレードを確認すると「アップグレード」が有効になります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raise its clusters first (select a cluster, Upgrade…); the data center can follow up to its lowest cluster&apos;s version.</source>
        <translation>先にクラスターを引き上げてください (クラスターを選択して「アップグレード…」)。データセンターは、最も低いクラスターのバージョンまで引き上げることができます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts and virtual machines of %1 use the features of %2; running VMs pick them up at their next restart.</source>
        <translation>%1 のホストと仮想マシンは %2 の機能を使用します。実行中の VM には次回の再起動時に反映されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center %1 (%2) can be raised to %3 once all its clusters are there.</source>
        <translation>すべてのクラスターが %3 になると、データセンター %1 (%2) を %3 に引き上げることができます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 from %2 to %3</source>
        <translation>%1: %2 から %3 へ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its data domains already have storage format %1.</source>
        <translation>データドメインは既にストレージ形式 %1 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage format of its data domains becomes %1: %2.</source>
        <translation>データドメインのストレージ形式は %1 になります: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New qcow2 volumes there (new disks, new snapshots) are created with compat 1.1; existing volumes keep their level until they are amended (Disks page, “Amendable only”).</source>
        <translation>そこに作成される新しい qcow2 ボリューム (新しいディスク、新しいスナップショット) は compat 1.1 になります。既存のボリュームは修正されるまで現在のレベルのままです (ディスクページの「修正可能のみ」)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manager refuses to lower the version again once a domain has the newer format.</source>
        <translation>ドメインが新しいストレージ形式になると、Manager はバージョンを再び下げることを拒否します。</translation>
    </message>
</context>
<context>
    <name>UploadDiskDialog</name>
    <message>
        <location filename="../dialogs/uploaddiskdialog.cpp" line="+21"/>
        <source>Upload Image</source>
        <translation>イメージのアップロード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image file</source>
        <translation>イメージファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raw or qcow2 image on this computer</source>
        <translation>このコンピューター上の raw または qcow2 イメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the image file</source>
        <translation>イメージファイルを選択</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage Domain</source>
        <translation>ストレージドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (空き %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size:</source>
        <translation>仮想サイズ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alias:</source>
        <translation>エイリアス(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Storage Domain:</source>
        <translation>ストレージドメイン(&amp;S):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is created on the storage domain with the file&apos;s format and virtual size, then the image is sent in parts; empty areas are not sent.</source>
        <translation>ディスクはファイルの形式と仮想サイズでストレージドメイン上に作成され、その後イメージが分割して送信されます。空の領域は送信されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a Disk Image</source>
        <translation>ディスクイメージの選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk images (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>ディスクイメージ (*.qcow2 *.img *.raw *.iso);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (the file holds %2)</source>
        <translation>%1 (ファイルサイズ %2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the image file to upload.</source>
        <translation>アップロードするイメージファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 image; the manager takes raw and qcow2 images only. Convert it with qemu-img convert first.</source>
        <translation>%1 は %2 イメージです。Manager が受け付けるのは raw と qcow2 イメージのみです。先に qemu-img convert で変換してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a qcow2 overlay of %2; upload a whole image (qemu-img convert makes one).</source>
        <translation>%1 は %2 の qcow2 オーバーレイです。完全なイメージをアップロードしてください (qemu-img convert で作成できます)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an alias for the new disk.</source>
        <translation>新しいディスクのエイリアスを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no data storage domain to upload to.</source>
        <translation>アップロード先のデータストレージドメインがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has %2 free; the image needs %3.</source>
        <translation>%1 の空き容量は %2 ですが、イメージには %3 が必要です。</translation>
    </message>
</context>
<context>
    <name>VmDiskActions</name>
    <message>
        <location filename="../app/vmdiskactions.cpp" line="+45"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach…</source>
        <translation>アタッチ(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;tivate</source>
        <translation>アクティブ化(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;eactivate</source>
        <translation>非アクティブ化(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Detach…</source>
        <translation>デタッチ(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Used by…</source>
        <translation>使用元(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mend…</source>
        <translation>修正(&amp;M)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk actions</source>
        <translation>ディスク操作</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Attach existing disks to this virtual machine</source>
        <translation>既存のディスクをこの仮想マシンにアタッチ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amend the qcow2 compat level to 1.1 (the selected disk, or every disk of the VM when none is selected)</source>
        <translation>qcow2 の互換レベルを 1.1 に修正 (選択したディスク、またはディスクが選択されていない場合は VM のすべてのディスク)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the volumes of %1…</source>
        <translation>%1 のボリュームを読み取っています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the volumes of %1: %2</source>
        <translation>%1 のボリュームを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the disks of %1</source>
        <translation>%1 のディスク</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading disks, hosts and storage domains…</source>
        <translation>ディスク、ホスト、ストレージドメインを読み取っています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the inventory: %1</source>
        <translation>インベントリを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Attach a LUN disk to %1</source>
        <translation>%1 に LUN ディスクをアタッチ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add disk “%1” to %2</source>
        <translation>%2 にディスク「%1」を追加</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attach disk “%1” to %2</source>
        <translation>%2 にディスク「%1」をアタッチ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Activate disk “%1” of %2</source>
        <translation>%2 のディスク「%1」をアクティブ化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate disk “%1” of %2</source>
        <translation>%2 のディスク「%1」を非アクティブ化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Disk</source>
        <translation>ディスクの削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach Disk</source>
        <translation>ディスクのデタッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to remove the disk %1? It is deleted with its data, not only detached from %2.</source>
        <translation>ディスク %1 を削除してもよろしいですか? ディスクは %2 からデタッチされるだけでなく、データとともに削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to detach the disk %1 from %2? The disk stays, as a floating disk.</source>
        <translation>ディスク %1 を %2 からデタッチしてもよろしいですか? ディスクはフローティングディスクとして残ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove disk “%1”</source>
        <translation>ディスク「%1」の削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach disk “%1” from %2</source>
        <translation>%2 からディスク「%1」をデタッチ</translation>
    </message>
</context>
<context>
    <name>VmDiskListModel</name>
    <message>
        <location filename="../models/vmdisklistmodel.cpp" line="+70"/>
        <source>Direct LUN</source>
        <translation>ダイレクト LUN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Disk ID: %1</source>
        <translation>ディスク ID: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached read-only to this virtual machine</source>
        <translation>この仮想マシンに読み取り専用でアタッチされています</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>qcow2 compatibility level of the active volume (0.10 or 1.1)</source>
        <translation>アクティブボリュームの qcow2 互換レベル (0.10 または 1.1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Size</source>
        <translation>仮想サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>実サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QCOW2 Compat</source>
        <translation>QCOW2 Compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-Only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shareable</source>
        <translation>共有可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootable</source>
        <translation>ブート可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>VmGeneralPane</name>
    <message>
        <location filename="../app/vmgeneralpane.cpp" line="+18"/>
        <source>General properties of the virtual machine</source>
        <translation>仮想マシンの全般プロパティ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating System:</source>
        <translation>オペレーティングシステム:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined Memory:</source>
        <translation>定義済みメモリー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster:</source>
        <translation>クラスター:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Center:</source>
        <translation>データセンター:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks:</source>
        <translation>ディスク:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned Size:</source>
        <translation>割り当てサイズ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size:</source>
        <translation>実サイズ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots:</source>
        <translation>スナップショット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the virtual machine&apos;s ID</source>
        <translation>仮想マシンの ID をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the virtual machine&apos;s ID to the clipboard</source>
        <translation>仮想マシンの ID をクリップボードにコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the ID %1.</source>
        <translation>ID %1 をコピーしました。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+70"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (sockets %2, cores per socket %3, threads per core %4)</source>
        <translation>%1 (ソケット %2、ソケットあたりのコア %3、コアあたりのスレッド %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n disks</source>
        <translation>
            <numerusform>%n 個のディスク</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n 個のスナップショット</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <location filename="../models/vmlistmodel.cpp" line="+64"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+73"/>
        <source>Disks, snapshots and storage domains of an oVirt engine.</source>
        <translation>oVirt Engine のディスク、スナップショット、ストレージドメイン。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect with this saved profile (its password from the keychain).</source>
        <translation>この保存済みプロファイルで接続します (パスワードはキーチェーンから取得)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../cli/main.cpp" line="+39"/>
        <source>Engine API address (a host name is enough).</source>
        <translation>Engine API のアドレス (ホスト名のみで可)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../cli/main.cpp" line="+2"/>
        <source>User name with profile (default admin@internal).</source>
        <translation>プロファイル付きのユーザー名 (デフォルト: admin@internal)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password from the first line of FILE.</source>
        <translation>FILE の 1 行目からパスワードを読み取ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust only this CA certificate (PEM) for the manager&apos;s HTTPS.</source>
        <translation>Manager の HTTPS ではこの CA 証明書 (PEM) のみを信頼します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>パスワードファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="-22"/>
        <source>Lists the storage of an oVirt engine for scripts.

Commands:
  vms                      virtual machines
  disks                    all disks
  snapshots VM             snapshots of a VM (name or id), with the disks each covers
  storagedomains           storage domains
  attachments VM           disk attachments of a VM with their disks
  snapshot create VM       create a snapshot (--description, --disk ID…, --memory)
  amend DISK               amend every qcow2 volume of a disk (alias or id) to compat 1.1,
                           through a VM&apos;s attachment with --vm VM; waits for the end and
                           prints the manager&apos;s audit message

Exit codes: 0 success, 1 the manager refused (its fault is printed), 2 usage,
3 connection or trust failure.</source>
        <translation>スクリプト向けに oVirt Engine のストレージを一覧表示します。

コマンド:
  vms                      仮想マシン
  disks                    すべてのディスク
  snapshots VM             VM (名前または id) のスナップショットと、それぞれに含まれるディスク
  storagedomains           ストレージドメイン
  attachments VM           VM のディスクアタッチメントとそのディスク
  snapshot create VM       スナップショットを作成 (--description、--disk ID…、--memory)
  amend DISK               ディスク (エイリアスまたは id) のすべての qcow2 ボリュームを
                           compat 1.1 に修正。--vm VM でその VM のアタッチメント経由で実行。
                           終了を待って Manager の監査メッセージを出力

終了コード: 0 成功、1 Manager が拒否 (エラー内容を出力)、2 使用法の誤り、
3 接続または信頼の失敗。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A connection profile saved by DiskDesk.</source>
        <translation>DiskDesk で保存された接続プロファイル。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the password from the first line of FILE (- for standard input).</source>
        <translation>FILE の 1 行目からパスワードを読み取ります (- は標準入力)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust only this CA certificate (PEM) for HTTPS.</source>
        <translation>HTTPS ではこの CA 証明書 (PEM) のみを信頼します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), json or csv; json and csv carry every field.</source>
        <translation>table (デフォルト)、json、csv のいずれか。json と csv にはすべてのフィールドが含まれます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot create: the snapshot&apos;s description.</source>
        <translation>snapshot create: スナップショットの説明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot create: include this disk (repeat; default all disks).</source>
        <translation>snapshot create: このディスクを含めます (繰り返し指定可。デフォルトはすべてのディスク)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot create: save the memory state too.</source>
        <translation>snapshot create: メモリーの状態も保存します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amend: through this VM&apos;s disk attachment (name or id).</source>
        <translation>amend: この VM (名前または id) のディスクアタッチメント経由で実行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do (see above).</source>
        <translation>実行する操作 (上記参照)。</translation>
    </message>
</context>
</TS>
