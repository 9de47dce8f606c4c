<?php

declare(strict_types=1);

namespace WhmcsStandIn\Database;

use Illuminate\Database\Schema\Blueprint;
use WHMCS\Database\Capsule;

/**
 * The WHMCS core tables that provisioning and addon modules read or write, with WHMCS's table
 * and column names (WHMCS 8 layout, trimmed to the columns the stand-in uses or modules are
 * known to read). Billing tables (invoices, orders, pricing) are not reproduced.
 *
 * migrate() only creates missing tables, so it is safe to run on every boot.
 */
final class Schema
{
    /** Returns the names of the tables it created. */
    public static function migrate(): array
    {
        $schema = Capsule::schema();
        $created = [];
        foreach (self::definitions() as $table => $define) {
            if (!$schema->hasTable($table)) {
                $schema->create($table, $define);
                $created[] = $table;
            }
        }
        return $created;
    }

    /** Drops every table of the database, the modules' own tables included. */
    public static function dropAll(): void
    {
        Capsule::schema()->dropAllTables();
    }

    /** @return array<string, callable(Blueprint): void> */
    private static function definitions(): array
    {
        return [
            'tblconfiguration' => static function (Blueprint $table): void {
                $table->string('setting', 64)->primary();
                $table->text('value')->default('');
                $table->timestamps();
            },
            'tbladdonmodules' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->string('module', 64)->index();
                $table->string('setting', 64);
                $table->text('value')->default('');
            },
            'tblclients' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->string('uuid', 64)->default('');
                foreach (['firstname', 'lastname', 'companyname', 'email', 'address1', 'address2', 'city', 'state', 'postcode'] as $column) {
                    $table->text($column)->default('');
                }
                $table->string('country', 2)->default('');
                $table->text('phonenumber')->default('');
                $table->string('tax_id', 128)->default('');
                // WHMCS 8 keeps logins in tblusers; this legacy column stays empty.
                $table->text('password')->default('');
                $table->integer('currency')->default(1);
                $table->date('datecreated')->nullable();
                $table->text('notes')->default('');
                $table->string('status', 16)->default('Active');
                $table->string('language', 32)->default('');
                $table->timestamps();
            },
            // WHMCS 8 user accounts: a user logs in and may manage one or more clients.
            'tblusers' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->string('first_name', 255)->default('');
                $table->string('last_name', 255)->default('');
                $table->string('email', 255)->unique();
                $table->string('password', 255)->default('');
                $table->string('language', 32)->default('');
                $table->dateTime('last_login')->nullable();
                $table->timestamps();
            },
            'tblusers_clients' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('auth_user_id')->index();
                $table->unsignedInteger('client_id')->index();
                $table->boolean('owner')->default(false);
                $table->text('permissions')->default('');
                $table->timestamps();
            },
            'tbladmins' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->string('uuid', 64)->default('');
                $table->integer('roleid')->default(1);
                $table->string('username', 255)->unique();
                // Legacy MD5 column, unused; passwordhash holds password_hash().
                $table->text('password')->default('');
                $table->text('passwordhash')->default('');
                $table->text('firstname')->default('');
                $table->text('lastname')->default('');
                $table->text('email')->default('');
                $table->string('template', 64)->default('blend');
                $table->string('language', 32)->default('english');
                $table->boolean('disabled')->default(false);
                $table->timestamps();
            },
            'tblproductgroups' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->text('name')->default('');
                $table->text('headline')->default('');
                $table->boolean('hidden')->default(false);
                $table->integer('order')->default(0);
                $table->timestamps();
            },
            'tblproducts' => static function (Blueprint $table): void {
                $table->increments('id');
                // hostingaccount | reselleraccount | server | other
                $table->string('type', 32)->default('other');
                $table->integer('gid')->default(0);
                $table->text('name')->default('');
                $table->text('description')->default('');
                $table->boolean('hidden')->default(false);
                $table->boolean('showdomainoptions')->default(false);
                $table->integer('welcomeemail')->default(0);
                // free | onetime | recurring
                $table->string('paytype', 16)->default('recurring');
                $table->string('autosetup', 16)->default('');
                $table->string('servertype', 64)->default('');
                $table->integer('servergroup')->default(0);
                for ($number = 1; $number <= 24; $number++) {
                    $table->text('configoption' . $number)->default('');
                }
                $table->boolean('configoptionsupgrade')->default(false);
                $table->boolean('retired')->default(false);
                $table->integer('order')->default(0);
                $table->timestamps();
            },
            'tblservers' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->text('name')->default('');
                $table->text('ipaddress')->default('');
                $table->text('assignedips')->default('');
                $table->text('hostname')->default('');
                $table->integer('maxaccounts')->default(0);
                $table->string('type', 64)->default('');
                $table->text('username')->default('');
                // encrypt()ed, like WHMCS.
                $table->text('password')->default('');
                $table->text('accesshash')->default('');
                $table->string('secure', 8)->default('');
                $table->string('port', 8)->default('');
                $table->boolean('active')->default(false);
                $table->boolean('disabled')->default(false);
                $table->timestamps();
            },
            'tblhosting' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('userid')->index();
                $table->integer('orderid')->default(0);
                $table->unsignedInteger('packageid')->index();
                $table->integer('server')->default(0);
                $table->date('regdate')->nullable();
                $table->text('domain')->default('');
                $table->text('paymentmethod')->default('');
                $table->decimal('firstpaymentamount', 16, 2)->default(0);
                $table->decimal('amount', 16, 2)->default(0);
                // Free Account | One Time | Monthly | Quarterly | Semi-Annually | Annually | Biennially | Triennially
                $table->string('billingcycle', 32)->default('');
                $table->date('nextduedate')->nullable();
                $table->date('nextinvoicedate')->nullable();
                $table->date('termination_date')->nullable();
                $table->date('completed_date')->nullable();
                // Pending | Active | Suspended | Terminated | Cancelled | Fraud | Completed
                $table->string('domainstatus', 16)->default('Pending');
                $table->text('username')->default('');
                // encrypt()ed, like WHMCS.
                $table->text('password')->default('');
                $table->text('notes')->default('');
                $table->text('suspendreason')->default('');
                $table->text('dedicatedip')->default('');
                $table->text('assignedips')->default('');
                $table->timestamps();
            },
            'tblproductconfiggroups' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->text('name')->default('');
                $table->text('description')->default('');
            },
            'tblproductconfiglinks' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('gid');
                $table->unsignedInteger('pid');
            },
            'tblproductconfigoptions' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('gid')->index();
                // "Name" or "Name|Friendly label"; modules see the part before the bar.
                $table->text('optionname')->default('');
                // 1 dropdown, 2 radio, 3 yes/no, 4 quantity
                $table->integer('optiontype')->default(1);
                $table->integer('qtyminimum')->default(0);
                $table->integer('qtymaximum')->default(0);
                $table->integer('order')->default(0);
                $table->boolean('hidden')->default(false);
            },
            'tblproductconfigoptionssub' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('configid')->index();
                $table->text('optionname')->default('');
                $table->integer('sortorder')->default(0);
                $table->boolean('hidden')->default(false);
            },
            'tblhostingconfigoptions' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('relid')->index();
                $table->unsignedInteger('configid');
                $table->unsignedInteger('optionid')->default(0);
                $table->integer('qty')->default(0);
            },
            'tblcustomfields' => static function (Blueprint $table): void {
                $table->increments('id');
                // product | client | support | addon
                $table->string('type', 16)->default('product');
                $table->unsignedInteger('relid')->default(0);
                $table->text('fieldname')->default('');
                // text | link | password | dropdown | tickbox | textarea
                $table->string('fieldtype', 16)->default('text');
                $table->text('description')->default('');
                $table->text('fieldoptions')->default('');
                $table->text('regexpr')->default('');
                $table->string('adminonly', 8)->default('');
                $table->string('required', 8)->default('');
                $table->string('showorder', 8)->default('');
                $table->string('showinvoice', 8)->default('');
                $table->integer('sortorder')->default(0);
                $table->timestamps();
            },
            'tblcustomfieldsvalues' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('fieldid')->index();
                $table->unsignedInteger('relid')->index();
                $table->text('value')->default('');
                $table->timestamps();
            },
            'tblmodulelog' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->dateTime('date');
                $table->text('module')->default('');
                $table->text('action')->default('');
                $table->text('request')->default('');
                $table->text('response')->default('');
                // The "processed data" argument of logModuleCall().
                $table->text('arrdata')->default('');
            },
            'tblactivitylog' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->dateTime('date');
                $table->text('description')->default('');
                // "System", an admin username or "Client"
                $table->text('user')->default('');
                $table->unsignedInteger('userid')->default(0);
                $table->unsignedInteger('user_id')->default(0);
                $table->unsignedInteger('admin_id')->default(0);
                $table->text('ipaddr')->default('');
            },
            'tblemailtemplates' => static function (Blueprint $table): void {
                $table->increments('id');
                // general | product | domain | invoice | support | affiliate | admin
                $table->string('type', 32)->default('general');
                $table->text('name')->default('');
                $table->text('subject')->default('');
                $table->text('message')->default('');
                $table->text('fromname')->default('');
                $table->text('fromemail')->default('');
                $table->boolean('disabled')->default(false);
                $table->boolean('custom')->default(false);
                // '' is the default language; translations repeat the name with a language.
                $table->string('language', 32)->default('');
                $table->text('copyto')->default('');
                $table->boolean('plaintext')->default(false);
                $table->timestamps();
            },
            // WHMCS's record of every e-mail sent to a client (the client's "Emails" tab). The
            // stand-in sends nothing: this table is its outbox.
            'tblemails' => static function (Blueprint $table): void {
                $table->increments('id');
                $table->unsignedInteger('userid')->index();
                $table->text('subject')->default('');
                $table->text('message')->default('');
                $table->dateTime('date');
                $table->text('to')->default('');
                $table->text('cc')->default('');
                $table->text('bcc')->default('');
                $table->boolean('pending')->default(false);
                $table->text('message_data')->default('');
            },
        ];
    }
}
