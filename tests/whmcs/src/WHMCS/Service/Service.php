<?php

declare(strict_types=1);

namespace WHMCS\Service;

use Illuminate\Database\Eloquent\Model;

/**
 * WHMCS's service model (tblhosting), passed to modules as $params['model'].
 *
 * @property int    $id
 * @property int    $userid
 * @property int    $packageid
 * @property string $domain
 * @property string $billingcycle
 * @property string $domainstatus
 */
class Service extends Model
{
    protected $table = 'tblhosting';

    protected $guarded = ['id'];

    public function product(): \Illuminate\Database\Eloquent\Relations\BelongsTo
    {
        return $this->belongsTo(\WHMCS\Product\Product::class, 'packageid');
    }
}
