package com.fanbase.exports;

import org.springframework.stereotype.Component;

import com.fanbase.platforms.Platform;
import com.fanbase.platforms.PlatformCallFailedException;
import com.fanbase.platforms.PlatformContext;
import com.fanbase.platforms.PlatformException;
import com.fanbase.platforms.Platforms;
import com.fanbase.tenants.TenantId;

/**
 * Deletes an export: first its audience on the platform, then the definition. A platform
 * that refuses the deletion keeps the export, so nothing is left behind unseen.
 */
@Component
public class ExportRemoval {

	private final ExportRepository repository;

	private final Platforms platforms;

	private final ExportRequests requests;

	ExportRemoval(ExportRepository repository, Platforms platforms, ExportRequests requests) {
		this.repository = repository;
		this.platforms = platforms;
		this.requests = requests;
	}

	public void delete(TenantId tenant, long id) {
		Export export = this.repository.find(tenant, id).orElseThrow(() -> new ExportNotFoundException(id));
		if (export.state() instanceof ExportState.Running) {
			throw new ExportBusyException(id);
		}
		Platform platform = this.platforms.require(export.platform());
		if (export.externalId() != null) {
			try {
				PlatformContext context = this.platforms.context(tenant, platform,
						this.requests.recorder(tenant, id, export.syncs() + 1));
				this.platforms.adapter(platform).deleteAudience(context, export.externalId());
			}
			catch (PlatformException ex) {
				if (ex.kind() == PlatformException.Kind.INVALID_CREDENTIALS) {
					this.platforms.credentialsRefused(tenant, platform, ex.getMessage());
				}
				throw new PlatformCallFailedException("The " + platform.id() + " audience " + export.externalId()
						+ " could not be deleted, so the export is kept: " + ex.getMessage());
			}
		}
		this.repository.markDeleted(tenant, id);
	}

}
