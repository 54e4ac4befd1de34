"""What the tenancy context lets members do."""

from domain.access import declare

TENANT_READ = declare("tenant:read", operator=True)
TENANT_MANAGE = declare("tenant:manage")
TENANT_DELETE = declare("tenant:delete", admin=False)
MEMBERS_READ = declare("members:read", operator=True)
MEMBERS_MANAGE = declare("members:manage")
API_KEYS_MANAGE = declare("api_keys:manage")
