package de.weitblick.employer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.weitblick.employer.Chamber;
import de.weitblick.employer.Employer;
import de.weitblick.employer.EmployerContact;
import de.weitblick.employer.EmployerDetails;
import de.weitblick.employer.SizeClass;

/**
 * The employer form: what a person typed, turned into {@link EmployerDetails}. It has
 * three rows for contacts; empty rows are left out.
 */
public class EmployerForm {

	static final int CONTACT_ROWS = 3;

	private Integer version;

	@NotBlank(message = "{employer.validation.name}")
	@Size(max = 200, message = "{employer.validation.too-long}")
	private String name;

	@Size(max = 60, message = "{employer.validation.too-long}")
	private String legalForm;

	@NotBlank(message = "{employer.validation.sector}")
	@Size(max = 10, message = "{employer.rule.sector-unknown}")
	private String sectorCode;

	@NotNull(message = "{employer.validation.size}")
	private SizeClass sizeClass;

	@Size(max = 200, message = "{employer.validation.too-long}")
	private String street;

	@Size(max = 10, message = "{employer.validation.too-long}")
	private String postalCode;

	@Size(max = 100, message = "{employer.validation.too-long}")
	private String city;

	@Size(max = 100, message = "{employer.validation.too-long}")
	private String district;

	private boolean cityGroup;

	@NotNull(message = "{employer.validation.chamber}")
	private Chamber chamber;

	private boolean publicNamingConsent;

	private boolean confirmedNew;

	@Valid
	private List<ContactRow> contacts = new ArrayList<>();

	public EmployerForm() {
		fillContactRows();
	}

	static EmployerForm of(Employer employer) {
		EmployerForm form = new EmployerForm();
		EmployerDetails d = employer.details();
		form.version = employer.version();
		form.name = d.name();
		form.legalForm = d.legalForm();
		form.sectorCode = d.sectorCode();
		form.sizeClass = d.sizeClass();
		form.street = d.street();
		form.postalCode = d.postalCode();
		form.city = d.city();
		form.district = d.district();
		form.cityGroup = d.cityGroup();
		form.chamber = d.chamber();
		form.publicNamingConsent = d.publicNamingConsent();
		form.contacts = new ArrayList<>();
		for (EmployerContact contact : d.contacts()) {
			ContactRow row = new ContactRow();
			row.setName(contact.name());
			row.setRole(contact.role());
			row.setEmail(contact.email());
			row.setPhone(contact.phone());
			row.setAccountId(contact.accountId());
			form.contacts.add(row);
		}
		form.fillContactRows();
		return form;
	}

	void fillContactRows() {
		while (this.contacts.size() < CONTACT_ROWS) {
			this.contacts.add(new ContactRow());
		}
	}

	EmployerDetails toDetails() {
		List<EmployerContact> given = this.contacts.stream()
			.filter(row -> !row.isEmpty())
			.map(row -> new EmployerContact(row.getName(), row.getRole(), row.getEmail(), row.getPhone(),
					row.getAccountId()))
			.toList();
		return new EmployerDetails(this.name, this.legalForm, this.sectorCode, this.sizeClass, this.street,
				this.postalCode, this.city, this.district, this.cityGroup, this.chamber, this.publicNamingConsent,
				given);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLegalForm() {
		return this.legalForm;
	}

	public void setLegalForm(String legalForm) {
		this.legalForm = legalForm;
	}

	public String getSectorCode() {
		return this.sectorCode;
	}

	public void setSectorCode(String sectorCode) {
		this.sectorCode = sectorCode;
	}

	public SizeClass getSizeClass() {
		return this.sizeClass;
	}

	public void setSizeClass(SizeClass sizeClass) {
		this.sizeClass = sizeClass;
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getDistrict() {
		return this.district;
	}

	public void setDistrict(String district) {
		this.district = district;
	}

	public boolean isCityGroup() {
		return this.cityGroup;
	}

	public void setCityGroup(boolean cityGroup) {
		this.cityGroup = cityGroup;
	}

	public Chamber getChamber() {
		return this.chamber;
	}

	public void setChamber(Chamber chamber) {
		this.chamber = chamber;
	}

	public boolean isPublicNamingConsent() {
		return this.publicNamingConsent;
	}

	public void setPublicNamingConsent(boolean publicNamingConsent) {
		this.publicNamingConsent = publicNamingConsent;
	}

	public boolean isConfirmedNew() {
		return this.confirmedNew;
	}

	public void setConfirmedNew(boolean confirmedNew) {
		this.confirmedNew = confirmedNew;
	}

	public List<ContactRow> getContacts() {
		return this.contacts;
	}

	public void setContacts(List<ContactRow> contacts) {
		this.contacts = contacts;
	}

	/**
	 * One row of contact fields.
	 */
	public static class ContactRow {

		@Size(max = 200, message = "{employer.validation.too-long}")
		private String name;

		@Size(max = 100, message = "{employer.validation.too-long}")
		private String role;

		@Size(max = 200, message = "{employer.validation.too-long}")
		private String email;

		@Size(max = 60, message = "{employer.validation.too-long}")
		private String phone;

		private UUID accountId;

		boolean isEmpty() {
			return isBlank(this.name) && isBlank(this.role) && isBlank(this.email) && isBlank(this.phone)
					&& this.accountId == null;
		}

		private static boolean isBlank(String text) {
			return text == null || text.isBlank();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public UUID getAccountId() {
			return this.accountId;
		}

		public void setAccountId(UUID accountId) {
			this.accountId = accountId;
		}

	}

}
