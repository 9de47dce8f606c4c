<?php

declare(strict_types=1);

namespace WhmcsStandIn\Cli;

use Throwable;
use WHMCS\Database\Capsule;
use WhmcsStandIn\Cron\Cron;
use WhmcsStandIn\Lifecycle\CommandResult;
use WhmcsStandIn\Lifecycle\ServiceCommands;
use WhmcsStandIn\Seed\DemoSeeder;

/**
 * The commands of bin/whmcs. Each prints what happened and exits 0 on success, 1 when the module
 * or WHMCS refused, 2 for a usage error.
 */
final class Application
{
    private const USAGE = <<<'TEXT'
        usage: whmcs <command> [arguments]

          seed --system-url URL --api URL [--api-username U] [--api-token T] [--no-orders]
                                   empty the database and create the demo shop; prints the logins
                                   (the token may also come from TRUSTOCEAN_API_TOKEN)
          create <service>         accept the order: CreateAccount
          suspend <service> [why]  SuspendAccount
          unsuspend <service>      UnsuspendAccount
          terminate <service>      TerminateAccount
          renew <service>          the renewal invoice is paid: next due date + cycle, then Renew
          upgrade <service> NAME=QTY [NAME=QTY ...]
                                   a configurable-option upgrade is paid: new quantities, then ChangePackage
          button <service> FUNC    an admin module button (AdminCustomButtonArray)
          cron                     one cron run (PreCronJob, DailyCronJob, AfterCronJob hooks)
          services                 list every service with its product and status
          module-log [N]           the last N module log entries (default 20)
          outbox [N]               the last N e-mails "sent" (default 10)
        TEXT;

    /** @param list<string> $arguments */
    public function run(array $arguments): int
    {
        $command = array_shift($arguments) ?? 'help';
        try {
            return match ($command) {
                'seed' => $this->seed($arguments),
                'create' => $this->report((new ServiceCommands())->createAccount(self::service($arguments))),
                'suspend' => $this->report((new ServiceCommands())->suspend(self::service($arguments), $arguments[1] ?? 'Overdue on Payment')),
                'unsuspend' => $this->report((new ServiceCommands())->unsuspend(self::service($arguments))),
                'terminate' => $this->report((new ServiceCommands())->terminate(self::service($arguments))),
                'renew' => $this->report((new ServiceCommands())->renewalPaid(self::service($arguments))),
                'upgrade' => $this->report((new ServiceCommands())->optionsUpgradePaid(self::service($arguments), self::quantities(array_slice($arguments, 1)))),
                'button' => $this->report((new ServiceCommands())->custom(self::service($arguments), $arguments[1] ?? throw new UsageError('button needs a function name'))),
                'cron' => $this->cron(),
                'services' => $this->services(),
                'module-log' => $this->table('tblmodulelog', (int) ($arguments[0] ?? 20), ['date', 'action', 'request', 'response']),
                'outbox' => $this->table('tblemails', (int) ($arguments[0] ?? 10), ['date', 'to', 'subject', 'message']),
                'help', '--help', '-h' => $this->help(),
                default => throw new UsageError("unknown command {$command}"),
            };
        } catch (UsageError $error) {
            fwrite(STDERR, $error->getMessage() . "\n\n" . self::USAGE . "\n");
            return 2;
        } catch (Throwable $error) {
            fwrite(STDERR, get_class($error) . ': ' . $error->getMessage() . "\n");
            return 1;
        }
    }

    /** @param list<string> $arguments */
    private function seed(array $arguments): int
    {
        $options = self::options($arguments);
        $systemUrl = $options['system-url'] ?? throw new UsageError('seed needs --system-url');
        $api = $options['api'] ?? throw new UsageError('seed needs --api (CN-Beijing, UK-London or a base URL)');
        $token = $options['api-token'] ?? (getenv('TRUSTOCEAN_API_TOKEN') ?: 'sandbox-token');
        $seeder = new DemoSeeder($systemUrl, $api, $options['api-username'] ?? 'demo@sandbox.test', (string) $token);
        $result = $seeder->run(!isset($options['no-orders']));

        $base = rtrim($systemUrl, '/');
        echo "client area  {$base}/clientarea.php\n";
        foreach ($result->clients as $client) {
            printf("  client     %-20s password %s  (%s)\n", $client['email'], $client['password'], $client['language']);
        }
        echo "admin area   {$base}/admin/\n";
        printf("  admin      %-20s password %s\n", $result->adminUsername, $result->adminPassword);
        foreach ($result->services as $product => $serviceId) {
            printf("  service %-3d %s\n", $serviceId, $result->products[$product]['name']);
        }
        return 0;
    }

    private function cron(): int
    {
        foreach ((new Cron())->run() as $line) {
            echo $line, "\n";
        }
        return 0;
    }

    private function services(): int
    {
        $rows = Capsule::table('tblhosting')
            ->join('tblproducts', 'tblproducts.id', '=', 'tblhosting.packageid')
            ->orderBy('tblhosting.id')
            ->get(['tblhosting.id', 'tblhosting.userid', 'tblproducts.name', 'tblhosting.domain', 'tblhosting.domainstatus']);
        foreach ($rows as $row) {
            printf("%4d  client %-3d %-10s %-40s %s\n", $row->id, $row->userid, $row->domainstatus, $row->name, $row->domain);
        }
        return 0;
    }

    /** @param list<string> $columns */
    private function table(string $table, int $limit, array $columns): int
    {
        $rows = array_reverse(Capsule::table($table)->orderByDesc('id')->limit(max(1, $limit))->get()->all());
        foreach ($rows as $row) {
            foreach ($columns as $column) {
                echo str_pad($column, 9), ' ', trim((string) $row->{$column}), "\n";
            }
            echo "\n";
        }
        return 0;
    }

    private function help(): int
    {
        echo self::USAGE, "\n";
        return 0;
    }

    private function report(CommandResult $result): int
    {
        echo $result->message, "\n";
        return $result->success ? 0 : 1;
    }

    /** @param list<string> $arguments */
    private static function service(array $arguments): int
    {
        $id = $arguments[0] ?? '';
        if (!ctype_digit($id)) {
            throw new UsageError('give the service id as a number');
        }
        return (int) $id;
    }

    /**
     * @param list<string> $arguments
     *
     * @return array<string, int>
     */
    private static function quantities(array $arguments): array
    {
        $quantities = [];
        foreach ($arguments as $argument) {
            if (preg_match('/^([^=]+)=(\d+)$/', $argument, $match) !== 1) {
                throw new UsageError("upgrade takes NAME=QUANTITY, not {$argument}");
            }
            $quantities[$match[1]] = (int) $match[2];
        }
        if ($quantities === []) {
            throw new UsageError('upgrade needs at least one NAME=QUANTITY');
        }
        return $quantities;
    }

    /**
     * @param list<string> $arguments
     *
     * @return array<string, string>
     */
    private static function options(array $arguments): array
    {
        $options = [];
        for ($index = 0; $index < count($arguments); $index++) {
            $argument = $arguments[$index];
            if (!str_starts_with($argument, '--')) {
                throw new UsageError("unexpected argument {$argument}");
            }
            $name = substr($argument, 2);
            if (str_contains($name, '=')) {
                [$name, $value] = explode('=', $name, 2);
                $options[$name] = $value;
            } elseif ($name === 'no-orders') {
                $options[$name] = '1';
            } else {
                $options[$name] = $arguments[++$index] ?? throw new UsageError("--{$name} needs a value");
            }
        }
        return $options;
    }
}
