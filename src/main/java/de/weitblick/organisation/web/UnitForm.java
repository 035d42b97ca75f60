package de.weitblick.organisation.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.weitblick.organisation.OrganisationalUnit;
import de.weitblick.organisation.UnitDescription;

/**
 * The form that sets up or changes an organisational unit, with the reason recorded for
 * it.
 */
public class UnitForm {

	private Integer version;

	@NotBlank(message = "{organisation.validation.code}")
	@Size(max = 20, message = "{organisation.validation.too-long}")
	private String code;

	@NotBlank(message = "{organisation.validation.name}")
	@Size(max = 200, message = "{organisation.validation.too-long}")
	private String name;

	private UUID parentId;

	@Size(max = 2000, message = "{organisation.validation.too-long}")
	private String description;

	@NotBlank(message = "{organisation.validation.reason}")
	@Size(max = 500, message = "{organisation.validation.too-long}")
	private String reason;

	static UnitForm of(OrganisationalUnit unit) {
		UnitForm form = new UnitForm();
		form.version = unit.version();
		form.code = unit.code();
		form.name = unit.name();
		form.parentId = unit.parentId();
		form.description = unit.description();
		return form;
	}

	UnitDescription toDescription() {
		return new UnitDescription(this.code, this.name, this.parentId, this.description);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UUID getParentId() {
		return this.parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
