<?php

declare(strict_types=1);

namespace WHMCS\Product;

use Illuminate\Database\Eloquent\Model;

/**
 * WHMCS's product model (tblproducts).
 *
 * @property int    $id
 * @property string $name
 * @property string $servertype
 */
class Product extends Model
{
    protected $table = 'tblproducts';

    protected $guarded = ['id'];
}
