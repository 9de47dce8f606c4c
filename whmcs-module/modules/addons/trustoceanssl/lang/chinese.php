<?php

/**
 * TrustOcean SSL 插件的简体中文字符串（WHMCS 插件语言文件 $_ADDONLANG）。`{name}` 为占位符。
 */

$_ADDONLANG = [
    'addon.name' => 'TrustOcean SSL',
    'addon.description' => 'TrustOcean 经销商账户、推送通知和 SSL 订单工具。',
    'addon.activated' => 'TrustOcean SSL 数据表已就绪。',
    'addon.deactivated' => '插件已停用。订单和推送密钥均已保留。',
    'addon.failed' => '无法准备 TrustOcean SSL 数据表：{reason}',
    'addon.extension_missing' => '此服务器未加载 trustocean PHP 扩展；请将其加入 php.ini 并重启 PHP。',

    'config.api_username' => 'API 用户名',
    'config.api_username.description' => '您的 TrustOcean 经销商账户邮箱。',
    'config.api_token' => 'API 令牌',
    'config.api_token.description' => '在 TrustOcean 控制台的 API 设置中获取。保存后不再显示。',
    'config.endpoint' => 'API 接入点',
    'config.endpoint.description' => 'CN-Beijing、UK-London，或其他接入点的基础 URL。',
    'config.site_seal' => '安全签章',
    'config.site_seal.description' => '为已签发的证书向客户提供 TrustOcean 安全签章代码。',
    'config.push_interval' => '推送拉取间隔',
    'config.push_interval.description' => '同一订单因推送通知而两次拉取之间的秒数（默认 10）。',

    'push.title' => '推送通知',
    'push.explain' => '订单签发、取消、吊销或退款时，TrustOcean 会立即通知本模块。每条通知只指明订单；模块随后向 TrustOcean API 查询该订单，并以 API 的结果为准。',
    'push.url' => '推送地址（PUSH_URL）',
    'push.system_url_missing' => '请先在 WHMCS 常规设置中设置系统网址（System URL）。',
    'push.key' => '推送密钥',
    'push.no_key' => '尚无推送密钥：请在下方生成，或导入 TrustOcean 控制台中已使用的密钥。',
    'push.key_in_use' => '正在使用 {bits} 位 RSA 密钥。',
    'push.last' => '最近收到的推送',
    'push.never' => '尚未收到。',
    'push.public_key' => '公钥（PUSH 公钥）',
    'push.public_key_help' => '请将此公钥和推送地址填入 TrustOcean 控制台的 API 设置。',
    'push.generate_label' => '新密钥对',
    'push.generate' => '生成',
    'push.size.1024' => '1024 位（仅用于不接受更长密钥的控制台）',
    'push.size.2048' => '2048 位（推荐）',
    'push.size.3072' => '3072 位',
    'push.size.4096' => '4096 位',
    'push.replace_warning' => '新密钥对会替换当前密钥：在新公钥填入 TrustOcean 控制台之前，推送无法读取，订单将在下次检查时更新。',
    'push.import_label' => '导入私钥',
    'push.import_help' => 'PEM 格式（BEGIN PRIVATE KEY 或 BEGIN RSA PRIVATE KEY）的未加密 RSA 私钥，1024 至 4096 位。私钥加密保存，且不再显示。',
    'push.import' => '导入',
    'push.generated' => '新的 {bits} 位密钥对已生成。请将其公钥填入 TrustOcean 控制台。',
    'push.imported' => '{bits} 位私钥已导入。',
    'push.import_empty' => '请粘贴要导入的私钥。',
    'push.key_invalid' => '这不是 1024 至 4096 位、PEM 格式的未加密 RSA 私钥；未作任何更改。',
    'push.size_invalid' => '请选择列出的密钥长度之一。',
    'push.token_invalid' => '表单已过期。请刷新页面后重试。',
];

return $_ADDONLANG;
