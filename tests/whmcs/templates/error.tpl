<div class="alert alert-danger" role="alert">{$message|escape}</div>
